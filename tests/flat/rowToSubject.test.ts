import { COLUMN_LABELS } from "../../src/labels/columnLabels";
import { describe, expect, it } from "vitest";
import { COLUMN_DOCS } from "../../src/flat/columnDocs";
import { COLUMNS } from "../../src/flat/columns";
import { readDate } from "../../src/flat/readCell";
import { rowToSubject } from "../../src/flat/rowToSubject";
import { subjectSchema } from "../../src/schema/subject";
import { SUBJECT_KINDS } from "../../src/schema/values";

const one = (column: string, cell: unknown, extra: Record<string, unknown> = {}) => {
  const header = ["id", ...Object.keys(extra), column];
  return rowToSubject(header, ["c1", ...Object.values(extra), cell]);
};
const subjectOf = (column: string, cell: unknown, extra: Record<string, unknown> = {}) => {
  const result = one(column, cell, extra);
  if (result.kind !== "subject") throw new Error(JSON.stringify(result));
  return result.subject as Record<string, unknown>;
};
const problemsOf = (column: string, cell: unknown, extra: Record<string, unknown> = {}) => {
  const result = one(column, cell, extra);
  if (result.kind !== "invalid") throw new Error(`expected problems, got ${JSON.stringify(result)}`);
  return result.problems;
};

describe("rowToSubject", () => {
  it("reads a row with dot-path columns into a community by default", () => {
    expect(rowToSubject(["id", "name", "residentsCommittee.members", "funding.workStation.totalYuan"], ["c1", "沙塘布社区", "7", "600000.00"])).toEqual({
      kind: "subject",
      subject: { kind: "community", id: "c1", name: "沙塘布社区", residentsCommittee: { members: 7 }, funding: { workStation: { totalYuan: "600000.00" } } },
    });
  });

  it("reads the kind column", () => {
    expect(subjectOf("kind", "project", { buildingAreaM2: 45000 })).toEqual({ kind: "project", id: "c1", buildingAreaM2: 45000 });
  });

  it("turns each area.<function> column into a room of that one function, keeping decimal text exact", () => {
    expect(rowToSubject(["id", "area.office", "area.police", "area.library"], ["c1", "210.50", "", 120]).kind).toBe("subject");
    expect(subjectOf("area.office", "210.50", { "area.library": 120 }).rooms).toEqual([
      { name: "library", functions: ["library"], areaM2: 120 },
      { name: "office", functions: ["office"], areaM2: "210.50" },
    ]);
  });

  it("leaves blank cells out: missing data, not zero", () => {
    expect(rowToSubject(["id", "population", "area.police"], ["c1", "", " "])).toEqual({ kind: "subject", subject: { kind: "community", id: "c1" } });
  });

  it("a row of blank cells is blank", () => {
    expect(rowToSubject(["id", "population"], ["", null])).toEqual({ kind: "blank" });
    expect(rowToSubject(["id", "population"], [])).toEqual({ kind: "blank" });
  });

  it.each([
    ["TRUE", true],
    ["true", true],
    ["是", true],
    ["1", true],
    [1, true],
    [true, true],
    ["FALSE", false],
    ["否", false],
    ["0", false],
    [0, false],
    [false, false],
  ])("reads the boolean %j as %s", (cell, expected) => {
    expect(subjectOf("serviceStation", cell).serviceStation).toBe(expected);
  });

  it("reads ;-separated lists, in Chinese punctuation too", () => {
    expect(subjectOf("partyOrganization.jointMeetings", "2012-01-10;2012-05-20；2012/8/3").partyOrganization).toEqual({
      jointMeetings: ["2012-01-10", "2012-05-20", "2012-08-03"],
    });
    expect(subjectOf("workers.insurances", "pension; medical").workers).toEqual({ insurances: ["pension", "medical"] });
  });

  it.each([
    [new Date(2012, 0, 10), "2012-01-10"],
    [40918, "2012-01-10"],
    ["2012-01-10", "2012-01-10"],
    ["2012/1/10", "2012-01-10"],
  ])("reads the date %j", (cell, expected) => {
    expect(readDate(cell)).toEqual({ value: expected });
  });

  it("reads assessments, civil organizations and paired units", () => {
    expect(subjectOf("kind", "street", { assessments: "2008:TRUE;2009:否" }).assessments).toEqual([
      { year: 2008, passed: true },
      { year: 2009, passed: false },
    ]);
    expect(subjectOf("civilOrganizations", "culture-sports;professional:TRUE").civilOrganizations).toEqual([
      { category: "culture-sports" },
      { category: "professional", takesOnGovernmentAffairs: true },
    ]);
    expect(subjectOf("pairedUnits", "市供电公司:2012=2,2013=1;税务局").pairedUnits).toEqual([
      { name: "市供电公司", practicalMatters: [{ year: 2012, count: 2 }, { year: 2013, count: 1 }] },
      { name: "税务局" },
    ]);
  });

  it("a TRUE presence column makes a village-conversion community even with no other figure", () => {
    expect(subjectOf("villageConversion", "TRUE").villageConversion).toEqual({});
    expect(subjectOf("villageConversion", "FALSE").villageConversion).toBeUndefined();
  });

  it.each(["villageConversion", "urbanizationLandTransfer"])("a blank %s cell is not known (null), not FALSE", (column) => {
    expect(subjectOf(column, "")[column]).toBeNull();
    expect(subjectOf(column, "   ")[column]).toBeNull();
  });

  it("a blank presence cell beside a filled figure of the section reads as present", () => {
    expect(subjectOf("villageConversion", "", { "villageConversion.officeSpaceProvidedM2": 350 }).villageConversion).toEqual({ officeSpaceProvidedM2: 350 });
  });

  it.each([
    ["population", "12,00", /number such as.*"12,00"/],
    ["population", -3, /non-negative/],
    ["serviceStation", "maybe", /TRUE\/FALSE/],
    ["area.office", "abc", /number such as.*"abc"/],
    ["partyOrganization.form", "cell", /one of none, branch/],
    ["partyOrganization.jointMeetings", "2012-02-30", /a date such as.*2012-02-30/],
    ["buildingAreaM2", 100, /does not apply to a community/],
  ])("refuses %s = %j, naming the column", (column, cell, message) => {
    expect(problemsOf(column, cell)).toEqual([expect.objectContaining({ column, message: expect.objectContaining({ en: expect.stringMatching(message) }) })]);
  });

  it("refuses an assessment without its result", () => {
    expect(problemsOf("assessments", "2009", { kind: "street" })).toEqual([expect.objectContaining({ column: "assessments", message: expect.objectContaining({ en: expect.stringMatching(/year:TRUE/) }) })]);
  });

  it("names unknown and repeated header columns", () => {
    expect(rowToSubject(["id", "polulation", "id"], ["c1", "3", "c2"])).toEqual({
      kind: "invalid",
      problems: [
        expect.objectContaining({ column: "polulation", message: expect.objectContaining({ en: expect.stringMatching(/unknown column/) }) }),
        expect.objectContaining({ column: "id", message: expect.objectContaining({ en: expect.stringMatching(/twice/) }) }),
      ],
    });
  });

  it("needs an id", () => {
    expect(rowToSubject(["id", "population"], ["", "100"])).toEqual({ kind: "invalid", problems: [expect.objectContaining({ column: "id", message: expect.objectContaining({ en: expect.stringMatching(/needs an id/) }) })] });
  });

  it("refuses a FALSE presence column with figures under it", () => {
    expect(problemsOf("villageConversion", "FALSE", { "villageConversion.officeSpaceProvidedM2": 350 })).toEqual([
      expect.objectContaining({ column: "villageConversion", message: expect.objectContaining({ en: expect.stringMatching(/is FALSE/) }) }),
    ]);
  });

  it.each([
    ["assessments", "1800:TRUE", { kind: "street" }, /a year 1949–2100/],
    ["pairedUnits", "税务局:2101=1", {}, /a year 1949–2100/],
    ["serviceSpacePhase", 0, { kind: "project" }, /1 or more/],
  ])("checks %s = %j as strictly as the schema", (column, cell, extra, message) => {
    expect(problemsOf(column, cell, extra)).toEqual([expect.objectContaining({ column, message: expect.objectContaining({ en: expect.stringMatching(message) }) })]);
  });

  // A valid sample cell for each column type: every subject rowToSubject accepts must meet the schema,
  // since the spreadsheet path evaluates it without a second validation.
  const SAMPLE: Record<string, unknown> = {
    text: "x", count: "3", amount: "12.5", boolean: "是", date: "2012/1/5", dates: "2012-01-05;2012-04-05",
    area: 100, present: "TRUE", assessments: "2011:TRUE;2012:FALSE", civilOrganizations: "service;professional:TRUE",
    pairedUnits: "税务局:2012=1", enum: undefined, enums: undefined, kind: undefined,
  };
  it.each(SUBJECT_KINDS.map((kind) => [kind]))("a %s row with every column filled meets the subject schema", (kind) => {
    const columns = COLUMNS.filter((c) => c.kinds.includes(kind) && c.name !== "kind" && c.name !== "id");
    // Directors and deputies (and secretaries) together may not outnumber their committee of 3.
    const ONE = new Set(["serviceSpacePhase", "residentsCommittee.directors", "residentsCommittee.deputyDirectors", "partyOrganization.secretaries", "partyOrganization.deputySecretaries"]);
    const cells = columns.map((c) => (c.type === "enum" || c.type === "enums" ? c.values![1] : ONE.has(c.name) ? 1 : SAMPLE[c.type]));
    const result = rowToSubject(["kind", "id", ...columns.map((c) => c.name)], [kind, "x1", ...cells]);
    if (result.kind !== "subject") throw new Error(JSON.stringify(result));
    expect(subjectSchema.safeParse(result.subject).error?.issues).toBeUndefined();
    expect(Object.keys(result.subject).length).toBeGreaterThan(3);
  });

  it("ignores a byte-order mark on the first header cell", () => {
    expect(rowToSubject(["\uFEFFid"], ["c1"]).kind).toBe("subject");
  });

  it("names each column once, and documents each in zh and en", () => {
    const names = COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(COLUMN_DOCS)).toEqual(names);
    for (const doc of Object.values(COLUMN_DOCS)) expect(doc.zh.length * doc.en.length).toBeGreaterThan(0);
  });
});

describe("the shipped examples/template.csv", () => {
  it("starts with a BOM, so Excel and WPS open it as UTF-8, and has every column of the flat format under its Chinese header, in order", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../examples/template.csv", import.meta.url), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.slice(1).split("\r\n")[0]!.split(",")).toEqual(COLUMNS.map((c) => COLUMN_LABELS[c.name]));
  });

  it("holds Chinese values as the workbook does (社区, 龙岗, 是/否, 党支部), not codes", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../examples/template.csv", import.meta.url), "utf8");
    expect(text).not.toMatch(/,(longgang|guangzhou|community|branch|true|false),/);
    expect(text).toMatch(/^住宅项目,/m);
    expect(text).toContain(",龙岗,");
    expect(text).toContain(",党支部,");
  });
});
