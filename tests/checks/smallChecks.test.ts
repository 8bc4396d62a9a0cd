import { describe, expect, it } from "vitest";
import { allTrue } from "../../src/checks/allTrue";
import { everyPeriod } from "../../src/checks/everyPeriod";
import { isTrue } from "../../src/checks/isTrue";
import { oneOf } from "../../src/checks/oneOf";
import { owed } from "../../src/checks/owed";
import { reportedShare } from "../../src/checks/reportedShare";

describe("reportedShare (可在70%以上): reported, never failed", () => {
  it.each([
    ["7 of 10 is exactly 70%: within", 7, 10, "70.00", { zh: "在明确允许的70%以上范围内", en: "within the expressly allowed 70% or more" }],
    ["69 of 100 is below", 69, 100, "69.00", { zh: "低于70%，条文未作要求", en: "below 70%, which the text does not require" }],
    ["2 of 3 rounds half up to 66.67%", 2, 3, "66.67", { zh: "低于70%，条文未作要求", en: "below 70%, which the text does not require" }],
    ["1 of 1", 1, 1, "100.00", { zh: "在明确允许的70%以上范围内", en: "within the expressly allowed 70% or more" }],
  ])("%s", (_, part, whole, measured, detail) => {
    expect(reportedShare(part, whole, 70)).toEqual({ kind: "measured", met: true, report: true, measured, required: { comparison: "reported", value: "70", unit: "percent" }, shortfall: null, detail });
  });
});

describe("owed: an amount reported, never judged", () => {
  it("reports the amount in yuan with its detail", () => {
    const detail = { zh: "应缴 1.00 元", en: "1.00 yuan owed" };
    expect(owed("1.00", detail)).toEqual({ kind: "measured", met: false, report: true, measured: null, required: { comparison: "at-least", value: "1.00", unit: "yuan" }, shortfall: null, detail });
  });
});

describe("isTrue and oneOf", () => {
  it.each([true, false])("isTrue of %s", (value) => {
    expect(isTrue({ path: "x", value })).toEqual({ kind: "measured", met: value, measured: value, required: { comparison: "is-true", value: true }, shortfall: null });
  });

  it.each([
    ["branch", true],
    ["none", false],
  ])("oneOf of %s", (value, met) => {
    expect(oneOf({ path: "form", value }, ["branch", "general-branch"])).toEqual({ kind: "measured", met, measured: value, required: { comparison: "one-of", value: ["branch", "general-branch"] }, shortfall: null });
  });

  it("name what is missing", () => {
    expect(isTrue({ path: "x", value: undefined })).toEqual({ kind: "missing", missing: ["x"] });
    expect(oneOf({ path: "form", value: undefined }, ["branch"])).toEqual({ kind: "missing", missing: ["form"] });
  });
});

describe("allTrue (一队三中心, 五个一)", () => {
  const item = (path: string, value: boolean | undefined, zh: string, en: string) => [{ path, value }, { zh, en }] as const;
  it.each([
    ["all there", [item("a", true, "甲", "A"), item("b", true, "乙", "B")], { met: true, measured: 2, shortfall: null }],
    ["two lacking, named in order", [item("a", false, "甲", "A"), item("b", true, "乙", "B"), item("c", false, "丙", "C")],
      { met: false, measured: 1, shortfall: 2, detail: { zh: "缺少：甲、丙", en: "lacking: A, C" } }],
  ])("%s", (_, items, expected) => {
    expect(allTrue(items)).toEqual({ kind: "measured", ...expected, required: { comparison: "all-true", value: items.length, unit: "count" } });
  });

  it("names every missing item", () => {
    expect(allTrue([item("a", undefined, "甲", "A"), item("b", true, "乙", "B"), item("c", undefined, "丙", "C")])).toEqual({ kind: "missing", missing: ["a", "c"] });
  });
});

describe("everyPeriod (每季度, 每年)", () => {
  const period = (name: string, held: boolean, ended: boolean) => ({ name: () => ({ zh: `${name}季`, en: name }), held, ended });
  const text = { zh: "未开会的季度", en: "quarters without a meeting" };
  it.each([
    ["every period held", "quarters", [period("Q1", true, true), period("Q2", true, false)], { met: true, notYetDue: false, measured: 2, shortfall: null }],
    ["only the running one lacking: not yet due", "quarters", [period("Q1", true, true), period("Q2", false, false)],
      { met: false, notYetDue: true, measured: 1, shortfall: 1, detail: { zh: "未开会的季度：Q2季（进行中）", en: "quarters without a meeting: Q2 (running)" } }],
    ["an ended one lacking too: due", "years", [period("Q1", false, true), period("Q2", false, false)],
      { met: false, notYetDue: false, measured: 0, shortfall: 2, detail: { zh: "未开会的季度：Q1季、Q2季（进行中）", en: "quarters without a meeting: Q1, Q2 (running)" } }],
  ] as const)("%s", (_, unit, periods, expected) => {
    expect(everyPeriod(periods, unit, text)).toEqual({ kind: "measured", ...expected, required: { comparison: unit === "quarters" ? "every-quarter" : "every-year", value: periods.length, unit } });
  });
});
