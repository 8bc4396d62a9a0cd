import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { excel } from "../../src/cli/excel";
import { describe, expect, it } from "vitest";
import { atLeast, defineDocument, defineRule, documentFromJson, field, verifyQuotes } from "../../src/authoring";
import { SubjectValidationError, evaluate } from "../../src/index";
import { runCli } from "../cli/runCli";

const JSON_PATH = new URL("../../examples/local-document.json", import.meta.url).pathname;
const json = () => JSON.parse(readFileSync(JSON_PATH, "utf8"));
const example = documentFromJson(json());
const problemsOf = (make: () => unknown) => {
  try {
    make();
  } catch (error) {
    if (error instanceof SubjectValidationError) return error.problems.map((p) => p.path);
    throw error;
  }
  return [];
};
const statusOf = (id: string, fields: Record<string, unknown>, asOf = "2013-06-30") =>
  evaluate({ kind: "community", id: "c", jurisdiction: "longgang", ...fields }, { asOf, documents: ["longgang-2005", example] }).findings.find((f) => f.ruleId === id)?.status;

describe("a local document written as JSON (examples/local-document.json)", () => {
  it("passes the quote check the built-in documents pass", () => {
    expect(verifyQuotes(example)).toEqual([]);
  });

  it.each([
    ["police room 60 m²: 60 passes", "example-street-2012/police-room-60", { rooms: [{ functions: ["police"], areaM2: 60 }] }, "2013-06-30", "pass"],
    ["59.99 m², after the due date: fail", "example-street-2012/police-room-60", { rooms: [{ functions: ["police"], areaM2: "59.99" }] }, "2013-01-01", "fail"],
    ["59.99 m², on the due date: pending", "example-street-2012/police-room-60", { rooms: [{ functions: ["police"], areaM2: "59.99" }] }, "2012-12-31", "pending"],
    ["the day before the document: not applicable", "example-street-2012/police-room-60", { rooms: [{ functions: ["police"], areaM2: 0 }] }, "2012-02-29", "not-applicable"],
    ["5% of 8,600 is 430: 430 passes", "example-street-2012/volunteers-5-percent", { population: 8600, volunteers: 430 }, "2013-06-30", "pass"],
    ["429 fails", "example-street-2012/volunteers-5-percent", { population: 8600, volunteers: 429 }, "2013-06-30", "fail"],
    ["committee of 5 (the lower bound)", "example-street-2012/committee-5-to-7", { residentsCommittee: { members: 5 } }, "2013-06-30", "pass"],
    ["committee of 8 (one above)", "example-street-2012/committee-5-to-7", { residentsCommittee: { members: 8 } }, "2013-06-30", "fail"],
    ["two joint meetings last year and two this year", "example-street-2012/joint-meetings-twice-yearly", { partyOrganization: { jointMeetings: ["2012-03-01", "2012-09-01", "2013-02-01", "2013-05-01"] } }, "2013-06-30", "pass"],
    ["one last year: fail", "example-street-2012/joint-meetings-twice-yearly", { partyOrganization: { jointMeetings: ["2012-03-01", "2013-02-01", "2013-05-01"] } }, "2013-06-30", "fail"],
  ])("%s", (_, id, fields, asOf, status) => {
    expect(statusOf(id, fields, asOf)).toBe(status);
  });

  it("is evaluated beside a built-in document, each finding citing its own", () => {
    const report = evaluate({ kind: "community", id: "c", rooms: [{ functions: ["police"], areaM2: 55 }] }, { asOf: "2013-06-30", documents: ["longgang-2005", example] });
    expect(report.documents).toEqual(["longgang-2005", "example-street-2012"]);
    expect(report.findings.filter((f) => f.ruleId.endsWith("/police") || f.ruleId.endsWith("/police-room-60")).map((f) => [f.ruleId, f.status, f.citation.title])).toEqual([
      ["longgang-2005/facility-area/police", "pass", "深圳市龙岗区社区建设工作试行办法"],
      ["example-street-2012/police-room-60", "fail", "示例街道社区建设实施细则（示例，非真实文件）"],
    ]);
  });

  it("names the likely field for a slip, in both languages", () => {
    const j = json();
    j.rules[1].check.field = "volunters";
    try {
      documentFromJson(j);
    } catch (error) {
      expect((error as SubjectValidationError).problems[0]!.message).toEqual({
        zh: "社区没有字段 volunters，是否为 volunteers（志愿者队伍人数）？",
        en: "a community has no field volunters; did you mean volunteers?",
      });
    }
    expect.assertions(1);
  });

  it("accepts a quote to show that stands in the text, and shows it", () => {
    const j = json();
    j.rules[0].displayQuote = "第三条 社区警务室使用面积不少于60平方米";
    const document = documentFromJson(j);
    const f = evaluate({ kind: "community", id: "c", rooms: [{ functions: ["police"], areaM2: 55 }] }, { asOf: "2013-06-30", documents: [document] }).findings.find((x) => x.ruleId.endsWith("police-room-60"))!;
    expect(f.citation.displayQuote).toBe("第三条 社区警务室使用面积不少于60平方米");
  });

  it("is checked once, however many evaluations it is given to (a frozen document is remembered)", () => {
    const document = documentFromJson(json());
    let reads = 0;
    // The text is read when the quotes are checked: a getter on a copy counts how often.
    const counted = Object.freeze({ ...document, get text() {
      reads += 1;
      return document.text;
    } });
    for (let i = 0; i < 5; i++) evaluate({ kind: "community", id: "c" }, { asOf: "2013-06-30", documents: [counted as never] });
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(3);
  });

  it("does not stay behind for a later evaluation without it", () => {
    expect(evaluate({ kind: "community", id: "c" }, { asOf: "2013-06-30", documents: ["longgang-2005"] }).findings.some((f) => f.document === "example-street-2012")).toBe(false);
  });

  it.each([
    ["a quote not in the text", (j: ReturnType<typeof json>) => (j.rules[0].quote = "社区警务室面积不少于60平方米"), ["rules[0].quote"]],
    ["a field the kind does not have", (j: ReturnType<typeof json>) => (j.rules[1].check.field = "volunters"), ["rules[1].check.field"]],
    ["a check the library does not know", (j: ReturnType<typeof json>) => (j.rules[1].check.kind = "atMost"), ["rules[1].check.kind"]],
    ["a rule id outside the document's", (j: ReturnType<typeof json>) => (j.rules[2].id = "longgang-2005/x"), ["rules[2].id"]],
    ["an id of a built-in document", (j: ReturnType<typeof json>) => (j.document.id = "longgang-2005"), ["document.id", "rules[0].id", "rules[1].id", "rules[2].id", "rules[3].id"]],
    ["a bad date", (j: ReturnType<typeof json>) => (j.document.inForce = "2012-02-30"), ["document.inForce"]],
    ["a range upside down", (j: ReturnType<typeof json>) => (j.rules[3].check.min = 9), ["rules[3].check.max"]],
    ["a quote to show that is not in the text", (j: ReturnType<typeof json>) => (j.rules[0].displayQuote = "社区警务室面积不少于600平方米"), ["rules[0].displayQuote"]],
    ["consequences that are not a list", (j: ReturnType<typeof json>) => (j.rules[0].consequences = "text"), ["rules[0].consequences"]],
    ["an override written in the rule", (j: ReturnType<typeof json>) => (j.rules[0].override = { source: "x" }), ["rules[0].override"]],
    ["a figure of 1e308", (j: ReturnType<typeof json>) => (j.rules[0].check.minM2 = 1e308), ["rules[0].threshold.minM2"]],
    ["a figure of 5e-324", (j: ReturnType<typeof json>) => (j.rules[1].check.numerator = 5e-324), ["rules[1].threshold.numerator"]],
    ["2,001 rules", (j: ReturnType<typeof json>) => (j.rules = Array.from({ length: 2001 }, (_, i) => ({ ...j.rules[0], id: `example-street-2012/r${i}` }))), ["rules"]],
  ])("refuses %s, naming its path", (_, change, paths) => {
    const j = json();
    change(j);
    expect(problemsOf(() => documentFromJson(j))).toEqual(paths);
  });
});

describe("a local document written in TypeScript (defineDocument, defineRule, the checks)", () => {
  const text = "某街道细则：第二条 社区居委会办公用房面积不少于250平方米。";
  const office = defineRule({
    id: "street-rules/office-250",
    document: "street-rules",
    article: "第二条",
    quote: "社区居委会办公用房面积不少于250平方米",
    modality: "requirement",
    subject: "community",
    label: { zh: "居委会办公用房（街道细则）", en: "committee office (street rules)" },
    threshold: { minM2: 250 },
    check: (c, { threshold }) => atLeast(field(c, "villageConversion.officeSpaceProvidedM2"), threshold.minM2, "m2"),
  });
  const rules = defineDocument({ document: { id: "street-rules", title: "某街道细则", issuer: "某街道办事处", issued: null, inForce: null }, text, rules: [office] });

  it("is checked, frozen, and evaluated beside the built-in documents", () => {
    expect(Object.isFrozen(rules) && Object.isFrozen(rules.rules[0])).toBe(true);
    const f = evaluate({ kind: "community", id: "c", villageConversion: { officeSpaceProvidedM2: 249 } }, { asOf: "2013-01-01", documents: ["longgang-2005", rules] }).findings.find((x) => x.ruleId === office.id)!;
    expect(f).toMatchObject({ status: "fail", shortfall: "1.00", document: "street-rules", citation: { article: "第二条", quote: "社区居委会办公用房面积不少于250平方米" } });
  });

  it("refuses a quote that is not in its text", () => {
    expect(problemsOf(() => defineDocument({ document: { id: "street-rules", title: "t", issuer: "i", issued: null, inForce: null }, text: "别的文字", rules: [office] }))).toEqual(["rules[0].quote"]);
  });

  it("refuses in evaluate, naming the document's place", () => {
    expect(() => evaluate({ kind: "community", id: "c" }, { documents: ["longgang-2005", { document: {} } as never] })).toThrow(/documents\[1\]\.document/);
  });
});

describe("the command line loads a JSON document with --rules", () => {
  const TEMPLATE = new URL("../../examples/template.csv", import.meta.url).pathname;

  it("checks the rows against it too", async () => {
    const { out } = await runCli("check", TEMPLATE, "--as-of", "2013-01-01", "--rules", JSON_PATH);
    expect(out).toMatch(/未达标\s+example-street-2012\/police-room-60\s+第三条\s+社区警务室面积（示例街道）：未达标；实际45平方米；要求不少于60.00平方米/);
  });

  it("refuses the same document given twice, which would check every rule twice", async () => {
    const { code, err } = await runCli("check", TEMPLATE, "--rules", JSON_PATH, "--rules", JSON_PATH);
    expect(code).toBe(2);
    expect(err).toContain("文件编号 example-street-2012 重复");
  });

  it("lists its rules in the .xlsx report's 依据 beside the built-in ones", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "community-standards-rules-")), "报告.xlsx");
    await runCli("check", TEMPLATE, "--as-of", "2013-01-01", "--rules", JSON_PATH, "--format", "xlsx", "--output", output);
    const workbook = new (excel().Workbook)();
    await workbook.xlsx.readFile(output);
    const ids: unknown[] = [];
    workbook.getWorksheet("依据")!.eachRow((row) => ids.push(row.getCell(1).value));
    expect(ids).toContain("example-street-2012/police-room-60");
    expect(ids).toContain("longgang-2005/facility-area/police");
  });

  it("exits 2 naming the file and the path of each problem", async () => {
    const { code, err } = await runCli("check", TEMPLATE, "--rules", TEMPLATE);
    expect(code).toBe(2);
    expect(err).toContain(`--rules ${TEMPLATE}: 不是有效的 JSON`);
  });
});

it("loads from the built package's authoring entry", async () => {
  const built = await import(new URL("../../dist/authoring.js", import.meta.url).href);
  expect(Object.keys(built).sort()).toEqual(["allTrue", "appliesIf", "atLeast", "defineDocument", "defineRule", "documentFromJson", "everyYear", "field", "isTrue", "missing", "notApplicable", "oneOf", "rateAtLeast", "verifyQuotes", "withinRange"]);
  expect(built.verifyQuotes(built.documentFromJson(json()))).toEqual([]);
});
