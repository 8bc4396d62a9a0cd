import fc from "fast-check";
import { COLUMNS, type Column } from "../../src/flat/columns";
import { rowToSubject } from "../../src/flat/rowToSubject";
import type { Subject } from "../../src/schema/subject";
import { validateSubject } from "../../src/schema/validateSubject";
import type { SubjectKind } from "../../src/types";

/**
 * Generated subjects of every kind, seeded by fast-check: single subjects from random flat rows
 * (every column of the kind may appear, with whole and decimal figures, dates around the
 * documents' due dates, blank presence cells), nested into streets, districts and cities.
 */
const day = fc.constantFrom("2001-03-01", "2002-11-23", "2005-07-27", "2009-12-31", "2010-06-30", "2011-02-01", "2012-06-30", "2012-12-31", "2015-12-31");
const figure = fc.oneof(fc.integer({ min: 0, max: 600 }).map(String), fc.integer({ min: 0, max: 60_000 }).map(String), fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`));

function cellOf(column: Column): fc.Arbitrary<string> {
  switch (column.type) {
    case "count":
      return fc.integer({ min: column.min ?? 0, max: 400 }).map(String);
    case "amount":
    case "area":
      return figure;
    case "boolean":
      return fc.constantFrom("是", "否");
    case "present":
      return fc.constantFrom("TRUE", "FALSE", "");
    case "date":
      return day;
    case "dates":
      return fc.array(day, { maxLength: 4 }).map((days) => days.join(";"));
    case "enum":
      return fc.constantFrom(...column.values!);
    case "enums":
      return fc.subarray([...column.values!], { minLength: 1 }).map((values) => values.join(";"));
    case "assessments":
      return fc.uniqueArray(fc.integer({ min: 2004, max: 2013 }), { maxLength: 4 }).chain((years) => fc.tuple(...years.map((y) => fc.boolean().map((b) => `${y}:${b ? "TRUE" : "FALSE"}`)))).map((items) => items.join(";"));
    case "civilOrganizations":
      return fc.subarray([...column.values!], { minLength: 1 }).map((values) => values.join(";"));
    case "pairedUnits":
      return fc.constantFrom("电力局:2011=1,2012=0", "税务局:2012=2;银行:2011=1", "学校");
    default:
      return fc.constant("x");
  }
}

/** A flat row of one kind: a header of some of its columns and the cells under them, as a sheet holds it. */
export const flatRowArb = (kind: SubjectKind, id: string): fc.Arbitrary<{ header: string[]; cells: string[] }> => {
  const columns = COLUMNS.filter((c) => c.kinds.includes(kind) && c.name !== "kind" && c.name !== "id" && c.name !== "name");
  return fc.subarray(columns).chain((chosen) => fc.tuple(...chosen.map(cellOf)).map((cells) => ({ header: ["kind", "id", ...chosen.map((c) => c.name)], cells: [kind, id, ...cells] })));
};

const rowOf = (kind: SubjectKind, id: string): fc.Arbitrary<Subject | undefined> =>
  flatRowArb(kind, id).map(({ header, cells }) => {
    const read = rowToSubject(header, cells);
    return read.kind === "subject" ? read.subject : undefined;
  });

const valid = (kind: SubjectKind, id: string) => rowOf(kind, id).filter((s): s is Subject => s !== undefined);

export const communityArb = valid("community", "c");
export const projectArb = valid("project", "p");
export const streetArb = fc.tuple(valid("street", "s"), fc.array(valid("community", "c"), { maxLength: 3 })).map(([street, communities]) => ({ ...street, communities: communities.map((c, i) => ({ ...c, id: `c${i}` })) }) as Subject);
export const districtArb = fc.tuple(valid("district", "d"), fc.array(streetArb, { maxLength: 2 })).map(([district, streets]) => ({ ...district, streets: streets.map((s, i) => ({ ...s, id: `s${i}` })) }) as Subject);
export const cityArb = fc.tuple(valid("city", "g"), fc.array(districtArb, { maxLength: 2 })).map(([city, districts]) => ({ ...city, districts: districts.map((d, i) => ({ ...d, id: `d${i}` })) }) as Subject);

/** Any subject tree the schema accepts (a pilot: false under a pilot is not); about a fifth of each kind. */
export const subjectArb = fc.oneof(communityArb, projectArb, streetArb, districtArb, cityArb).filter((s) => "subject" in validateSubject(s));

export const asOfArb = fc.constantFrom("2000-11-22", "2002-11-24", "2005-07-26", "2007-12-31", "2010-12-31", "2011-01-01", "2012-06-30", "2013-01-01", "2016-01-01");
