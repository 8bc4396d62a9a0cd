import { describe, expect, it } from "vitest";
import { rowToSubject } from "../../src/flat/rowToSubject";

/** The subject a one-cell row (plus an id) reads as, or its problems. */
function read(column: string, cell: unknown, extra: Record<string, unknown> = {}) {
  const header = ["id", column, ...Object.keys(extra)];
  return rowToSubject(header, ["c1", cell, ...Object.values(extra)]);
}
const valueOf = (column: string, cell: unknown, extra?: Record<string, unknown>) => {
  const result = read(column, cell, extra);
  if (result.kind !== "subject") throw new Error(JSON.stringify(result));
  return column.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], result.subject);
};
const roomArea = (cell: unknown) => {
  const result = read("area.office", cell);
  return result.kind === "subject" ? result.subject.kind === "community" && result.subject.rooms?.[0]?.areaM2 : result;
};

describe("cells as offices type them", () => {
  it.each([
    ["full-width digits", "１２０", 120],
    ["thousands separator", "12,000", 12000],
    ["full-width thousands separator", "12，000", 12000],
    ["a unit of people", "8600人", 8600],
    ["a unit with a space", "8600 人", 8600],
    ["万, exactly", "1.2万", 12000],
    ["万 with the unit", "3万人", 30000],
    ["a spreadsheet number", 8600, 8600],
    ["the boundary 0", "0", 0],
  ])("reads population written with %s (%j) as %j", (_, cell, expected) => {
    expect(valueOf("population", cell)).toBe(expected);
  });

  it.each([
    ["120㎡", "120"],
    ["120平方米", "120"],
    ["120 平米", "120"],
    ["120m²", "120"],
    ["１２０．５０", "120.50"],
    ["1,200.10", "1200.10"],
    ["0.5万平方米", "5000"],
    [210.5, 210.5],
  ])("reads an area %j as %j, exactly", (cell, expected) => {
    expect(roomArea(cell)).toBe(expected);
  });

  it.each([
    ["30000元", "30000"],
    ["3万元", "30000"],
    ["1.23456万元", "12345.6"],
    ["２００，０００元", "200000"],
  ])("reads money %j as %j", (cell, expected) => {
    expect(valueOf("funding.startupFundYuan", cell)).toBe(expected);
  });

  it.each([
    ["120元", "area.office", /单位「元」与本列不符（本列单位为平方米）/, /the unit "元" does not fit this column/],
    ["8600平方米", "population", /单位「平方米」与本列不符（本列单位为人）/, /does not fit/],
    ["3%", "population", /本列不填百分比/, /not a percentage/],
    ["３％", "population", /本列不填百分比/, /not a percentage/],
    ["1.5万人", "households", /单位「人」与本列不符/, /does not fit/],
    ["1.23456万", "population", /应为整数/, /whole number/],
    ["12,00", "population", /应为整数（如 1200 或 1,200）/, /whole number such as 1200 or 1,200/],
    ["1,2345", "population", /应为整数（如 1200 或 1,200）/, /whole number such as 1200 or 1,200/],
    ["-1", "population", /不能为负数/, /must not be negative/],
    ["－１", "population", /不能为负数/, /must not be negative/],
    ["120亩", "area.office", /无法识别单位「亩」/, /unknown unit "亩"/],
    ["约120", "area.office", /应为数字/, /number such as/],
    [-0.5, "area.office", /不小于 0/, /non-negative/],
    [1.5, "population", /应为整数/, /whole number/],
  ])("refuses %j in %s with a bilingual problem naming the column and its label", (cell, column, zh, en) => {
    const result = read(column, cell);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.column).toBe(column);
    expect(result.problems[0]!.label).toMatch(/[\u4e00-\u9fff]/);
    expect(result.problems[0]!.message.zh).toMatch(zh);
    expect(result.problems[0]!.message.en).toMatch(en);
  });

  it.each([
    ["是", true], ["否", false], ["有", true], ["无", false], ["√", true], ["×", false],
    ["TRUE", true], ["false", false], ["1", true], ["0", false], [true, true], [false, false],
  ])("reads the yes/no cell %j as %j", (cell, expected) => {
    expect(valueOf("serviceStation", cell)).toBe(expected);
  });

  it("refuses a yes/no cell it cannot read, listing what it accepts", () => {
    const result = read("serviceStation", "也许");
    expect(result.kind === "invalid" && result.problems[0]!.message.zh).toMatch(/应填 是\/否（也可 有\/无、√\/×、TRUE\/FALSE、1\/0），收到 "也许"/);
  });

  it.each([
    ["2010-12-31", "2010-12-31"],
    ["2010/12/31", "2010-12-31"],
    ["2010/1/5", "2010-01-05"],
    ["2010.12.31", "2010-12-31"],
    ["2010年12月31日", "2010-12-31"],
    ["2010年1月5日", "2010-01-05"],
    ["２０１０年１２月３１日", "2010-12-31"],
    [40543, "2010-12-31"],
    [40543.75, "2010-12-31"],
  ])("reads the date %j as %s", (cell, expected) => {
    expect(valueOf("residentsCommittee.election.date", cell)).toBe(expected);
  });

  it.each(["2010年2月30日", "2010.13.01", "31/12/2010", "2010年12月", 0])("refuses the date %j", (cell) => {
    const result = read("residentsCommittee.election.date", cell);
    expect(result.kind === "invalid" && result.problems[0]!.message.zh).toMatch(/应为日期/);
  });

  it.each([
    ["partyOrganization.form", "党支部", "branch"],
    ["partyOrganization.form", "党总支", "general-branch"],
    ["partyOrganization.form", "general-branch", "general-branch"],
    ["jurisdiction", "龙岗", "longgang"],
  ])("reads %s = %s as the code %s", (column, cell, expected) => {
    expect(valueOf(column, cell)).toBe(expected);
  });

  it("reads a kind written in Chinese, and lists the Chinese names when an enum cell is wrong", () => {
    expect(read("kind", "街道").kind).toBe("subject");
    const result = read("partyOrganization.form", "党小组");
    expect(result.kind === "invalid" && result.problems[0]!.message.zh).toMatch(/应为 无（none）、党支部（branch）、党总支（general-branch）、联合党支部（joint-branch） 之一，收到 "党小组"/);
  });

  it("reads lists separated by ;, ； or 、, with Chinese enum labels", () => {
    expect(valueOf("workers.insurances", "养老保险、医疗保险；失业保险")).toEqual(["pension", "medical", "unemployment"]);
    expect(valueOf("assessments", "2011：是；2012：否", { kind: "street" })).toEqual([{ year: 2011, passed: true }, { year: 2012, passed: false }]);
  });

  it("reports an invalid date cell as a problem, in a date column and in a text column alike (fast-check found it throwing)", () => {
    const result = read("residentsCommittee.election.date", new Date(Number.NaN));
    expect(result.kind === "invalid" && result.problems[0]!.message.en).toMatch(/Invalid Date/);
    expect(read("kind", new Date(Number.NaN)).kind).toBe("invalid");
    expect(valueOf("name", new Date(Number.NaN))).toBe("Invalid Date");
  });

  it.each([
    ["amounts past 15 digits before the point", "area.office", "1234567890123456"],
    ["amounts past 10 decimals", "area.office", "0.12345678901"],
    ["a number past 15 digits", "area.office", 1e15],
    ["a paired unit's count past 2^53", "pairedUnits", "税务局:2011=99999999999999999999"],
  ])("refuses %s, which would not stay exact", (_, column, cell) => {
    expect(read(column, cell).kind).toBe("invalid");
  });

  it("echoes at most about 100 characters of a huge cell", () => {
    const result = read("population", "9".repeat(10) + "x".repeat(10_000_000));
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.problems[0]!.message.zh.length).toBeLessThan(200);
    expect(result.problems[0]!.message.zh).toContain("共 10000010 字符");
  });
});
