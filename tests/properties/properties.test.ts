import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCsvParser } from "../../src/csv/createCsvParser";
import { toCsvLine } from "../../src/csv/toCsvLine";
import { COLUMNS } from "../../src/flat/columns";
import { rowToSubject } from "../../src/flat/rowToSubject";
import { validateSubject } from "../../src/schema/validateSubject";
import { evaluate, requiredCount, requiredServiceSpace, safeEvaluate, splitWorkStationFunding, subjectSchema } from "../../src/index";
import { JURISDICTIONS, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS } from "../../src/schema/values";
import { functions as wps } from "../../src/sheets/platforms/wps";
import { objectsOf } from "../helpers";

// Bounded so `npm test` stays fast; FUZZ_RUNS=100000 npm test for a long run.
const runs = Number(process.env.FUZZ_RUNS ?? 100);
const check = <T>(property: fc.IAsyncPropertyWithHooks<[T]> | fc.IPropertyWithHooks<[T]>) => fc.assert(property as fc.IProperty<[T]>, { numRuns: runs });

const day = fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a}.${b}`));
const count = fc.integer({ min: 0, max: 100_000 });
const community = fc.record(
  {
    kind: fc.constant("community" as const),
    id: fc.string({ minLength: 1, maxLength: 8 }),
    jurisdiction: fc.constantFrom(...JURISDICTIONS),
    population: count,
    households: count,
    elderlyPopulation: count,
    volunteers: count,
    partyMembers: count,
    partyOrganization: fc.record({ form: fc.constantFrom(...PARTY_ORGANIZATION_FORMS), committeeMembers: fc.integer({ min: 0, max: 20 }), jointMeetings: fc.array(day, { maxLength: 6 }) }, { requiredKeys: [] }),
    residentsCommittee: fc.record({ members: fc.integer({ min: 0, max: 20 }), directors: fc.integer({ min: 0, max: 3 }), deputyDirectors: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
    rooms: fc.array(fc.record({ functions: fc.subarray([...ROOM_FUNCTIONS], { minLength: 1 }), areaM2: amount }), { maxLength: 12 }),
    serviceStation: fc.boolean(),
  },
  { requiredKeys: ["kind", "id"] },
).filter((c) => "subject" in validateSubject(c)); // counts that contradict each other are input errors
const project = fc.record({ kind: fc.constant("project" as const), id: fc.constant("p"), jurisdiction: fc.constant("longgang" as const), buildingAreaM2: amount, serviceSpaceM2: amount });
const asOf = fc.constantFrom("2005-06-30", "2010-12-31", "2011-01-01", "2013-06-15", "2016-01-01");

describe("properties", () => {
  it("safeEvaluate never throws, whatever the input and the options", () => {
    check(fc.property(fc.tuple(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), fc.oneof(fc.anything({ withBigInt: true }), fc.record({ asOf: fc.anything(), documents: fc.anything() }, { requiredKeys: [] }))), ([input, options]) => {
      const result = safeEvaluate(input, options as never);
      expect(typeof result.success).toBe("boolean");
    }));
  });

  it("valid subjects give deterministic reports, leave the input as it was and share no object between reports", () => {
    check(fc.property(fc.tuple(fc.oneof(community, project), asOf), ([subject, day]) => {
      const before = JSON.stringify(subject);
      const a = evaluate(subject, { asOf: day });
      const b = evaluate(subject, { asOf: day });
      expect(JSON.stringify(subject)).toBe(before);
      expect(b).toEqual(a);
      const inA = objectsOf(a);
      expect([...objectsOf(b)].filter((o) => inA.has(o))).toEqual([]);
    }));
  });

  it("at-least standards are monotone: more room area never turns a pass into a fail", () => {
    check(fc.property(fc.tuple(community, asOf, fc.integer({ min: 1, max: 1000 })), ([subject, day, extra]) => {
      const passed = (s: typeof subject) => new Set(evaluate(s, { asOf: day }).findings.filter((f) => f.required?.comparison === "at-least" && f.status === "pass").map((f) => `${f.ruleId} ${f.subject.path.join("/")}`));
      const bigger = { ...subject, rooms: (subject.rooms ?? []).map((r) => ({ ...r, areaM2: typeof r.areaM2 === "number" ? r.areaM2 + extra : `${Number(r.areaM2.split(".")[0]) + extra}.${r.areaM2.split(".")[1]}` })) };
      const after = passed(bigger);
      for (const finding of passed(subject)) if (finding.includes("facility-area") || finding.includes("service-space")) expect(after.has(finding)).toBe(true);
    }));
  });

  it("the service space a project needs is the least that meets 300:1, to 0.01 m²", () => {
    check(fc.property(amount, (area) => {
      const required = Number(requiredServiceSpace(area)) * 100;
      const exactArea = Number(area) * 100;
      expect(required * 300).toBeGreaterThanOrEqual(exactArea - 1e-6);
      expect((required - 1) * 300).toBeLessThan(exactArea + 1e-6);
    }));
  });

  it("a work station budget split in thirds adds up to the total, to the fen, each share within a fen of a third", () => {
    check(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => {
      const total = (fen / 100).toFixed(2);
      const shares = splitWorkStationFunding(total).map((s) => Math.round(Number(s) * 100));
      expect(shares.reduce((a, b) => a + b, 0)).toBe(fen);
      for (const share of shares) expect(Math.abs(share * 3 - fen)).toBeLessThan(3);
    }));
  });

  it("calculators answer or throw a RangeError naming the parameter, for any argument", () => {
    check(fc.property(fc.tuple(fc.anything({ withBigInt: true }), fc.anything(), fc.anything()), ([base, numerator, denominator]) => {
      try {
        const count = requiredCount(base as never, numerator as never, denominator as never);
        expect(Number.isSafeInteger(count)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        expect((error as Error).message).toMatch(/^(base|numerator|denominator): /);
      }
    }));
  });

  it("rowToSubject only ever gives subjects the schema accepts", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date(),
      fc.constantFrom("", "是", "否", "√", "１２０", "1.2万", "3万元", "120㎡", "2010年1月1日", "2010/12/31", "党支部", "街道", "2011:是;2012:否", "单位:2011=2", "99999999999999999999", "1e20", "0.00000000001"),
    );
    const row = fc.uniqueArray(fc.constantFrom(...COLUMNS.map((c) => c.name)), { minLength: 1, maxLength: 12 }).chain((header) => fc.tuple(fc.constant(["id", ...header.filter((h) => h !== "id")]), fc.array(cell, { minLength: header.length + 1, maxLength: header.length + 1 })));
    check(fc.property(row, ([header, cells]) => {
      const read = rowToSubject(header, ["c1", ...cells.slice(1)]);
      if (read.kind === "subject") expect(subjectSchema.safeParse(read.subject).success).toBe(true);
    }));
  });

  it("every sheet function answers every cell, in the input's shape, and never throws", () => {
    const cell = fc.oneof(fc.constant(""), fc.constant(null), fc.integer({ min: -10, max: 1_000_000 }), fc.double(), fc.string({ maxLength: 6 }), fc.boolean(), fc.date());
    const range = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 4 }));
    check(fc.property(range, (cells) => {
      for (const [name, width] of [["SERVICE_SPACE_REQUIRED", 1], ["PURCHASE_PRICE", 1], ["STREET_SERVICE_CENTER_AREA", 1], ["FUNDING_SPLIT", 3]] as const) {
        const answer = wps[name](cells) as unknown[][];
        expect(answer).toHaveLength(cells.length);
        answer.forEach((row, i) => {
          expect(row).toHaveLength(cells[i]!.length * width);
          for (const value of row) expect(typeof value === "number" || value === "" || (typeof value === "string" && value.startsWith("#VALUE! "))).toBe(true);
        });
      }
    }));
  });

  it("CSV written then parsed gives the same records, however the text is cut into chunks", () => {
    const field = fc.string({ unit: "binary", maxLength: 8 });
    const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }).filter((rs) => !rs[0]![0]!.startsWith("\uFEFF"));
    check(fc.property(fc.tuple(records, fc.array(fc.nat(), { maxLength: 6 })), ([rs, cuts]) => {
      const text = rs.map((r) => `${toCsvLine(r)}\r\n`).join("");
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const parser = createCsvParser();
      const out: string[][] = [];
      let from = 0;
      for (const point of [...points, text.length]) {
        out.push(...parser.push(text.slice(from, point)));
        from = point;
      }
      out.push(...parser.end());
      expect(out).toEqual(rs);
    }));
  });
});
