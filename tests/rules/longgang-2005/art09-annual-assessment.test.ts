import { describe, expect, it } from "vitest";
import { findingOf, outcomeFor } from "../../helpers";

const ID = "longgang-2005/annual-assessment";
const street = (assessments: { year: number; passed: boolean }[]) => ({ kind: "street", id: "s", assessments });

describe(ID, () => {
  it.each([
    ["the latest year passed", [{ year: 2009, passed: false }, { year: 2010, passed: true }], "pass", []],
    ["the latest year failed: no awards", [{ year: 2009, passed: true }, { year: 2010, passed: false }], "fail", ["ineligible-for-awards"]],
    ["two years in a row failed: no awards (the yellow card is its own rule)", [{ year: 2009, passed: false }, { year: 2010, passed: false }], "fail", ["ineligible-for-awards"]],
    ["a failure after the as-of year is not counted yet", [{ year: 2011, passed: true }, { year: 2012, passed: false }], "pass", []],
  ])("%s", (_, assessments, status, codes) => {
    const f = findingOf(ID, street(assessments), "2011-06-30");
    expect(f.status).toBe(status);
    expect(f.consequences.map((c) => c.code)).toEqual(codes);
  });

  it("with no assessment on record the data is insufficient", () => {
    expect(findingOf(ID, street([]), "2011-06-30")).toMatchObject({ status: "insufficient-data", missing: ["assessments"] });
  });

  it.each([
    ["the day before the measures came into force", "2005-07-26", "not-applicable"],
    ["the day they came into force", "2005-07-27", "fail"],
  ])("on %s", (_, asOf, status) => {
    expect(findingOf(ID, street([{ year: 2004, passed: false }]), asOf).status).toBe(status);
  });
});

describe("longgang-2005/yellow-card (连续两年未达标的单位给予黄牌警告)", () => {
  const id = "longgang-2005/yellow-card";
  it.each([
    ["two years in a row failed: yellow card", [{ year: 2009, passed: false }, { year: 2010, passed: false }], "fail", 2, ["yellow-card"]],
    ["three in a row: still one yellow card", [{ year: 2008, passed: false }, { year: 2009, passed: false }, { year: 2010, passed: false }], "fail", 2, ["yellow-card"]],
    ["one failure after a pass (one below the two)", [{ year: 2009, passed: true }, { year: 2010, passed: false }], "pass", 1, []],
    ["the latest year passed", [{ year: 2009, passed: false }, { year: 2010, passed: true }], "pass", 0, []],
    ["a failure after the as-of year is not counted yet", [{ year: 2010, passed: false }, { year: 2011, passed: true }, { year: 2012, passed: false }], "pass", 0, []],
  ])("%s", (_, assessments, status, measured, codes) => {
    const f = findingOf(id, street(assessments), "2011-06-30");
    expect(f).toMatchObject({ status, measured });
    expect(f.consequences.map((c) => c.code)).toEqual(codes);
  });

  it("a year with no assessment recorded is unknown, not a reset of the run", () => {
    const f = findingOf(id, street([{ year: 2008, passed: false }, { year: 2010, passed: false }]), "2011-06-30");
    expect(f).toMatchObject({ status: "insufficient-data", missing: ["assessments[year=2009]"] });
    expect(f.message.zh).toContain("缺少2009年度考核");
  });

  it("a passed year before the gap does not matter once the latest passed", () => {
    expect(findingOf(id, street([{ year: 2008, passed: false }, { year: 2010, passed: true }]), "2011-06-30").status).toBe("pass");
  });

  it("with no assessment on record the data is insufficient", () => {
    expect(findingOf(id, street([]), "2011-06-30")).toMatchObject({ status: "insufficient-data", missing: ["assessments"] });
  });

  it.each([
    ["the day before the measures came into force", "2005-07-26", "not-applicable"],
    ["the day they came into force", "2005-07-27", "fail"],
  ])("on %s", (_, asOf, status) => {
    expect(findingOf(id, street([{ year: 2003, passed: false }, { year: 2004, passed: false }]), asOf).status).toBe(status);
  });
});

describe("第九条: what the two rules measure and say", () => {
  const asOf = "2011-06-30";
  it.each([
    ["passed", [{ year: 2010, passed: true }], { met: true, measured: true, detail: { zh: "2010年度达标", en: "2010: passed" } }],
    ["failed, the latest of several in any order", [{ year: 2010, passed: false }, { year: 2008, passed: true }, { year: 2009, passed: true }], { met: false, measured: false, detail: { zh: "2010年度未达标", en: "2010: failed" } }],
    ["assessed in the as-of year itself", [{ year: 2010, passed: true }, { year: 2011, passed: false }], { met: false, measured: false, detail: { zh: "2011年度未达标", en: "2011: failed" } }],
  ])("annual assessment %s", (_, assessments, expected) => {
    expect(outcomeFor("longgang-2005/annual-assessment", street(assessments), asOf)).toEqual({ kind: "measured", ...expected, required: { comparison: "is-true", value: true }, shortfall: null });
  });

  it.each([
    ["none failed", [{ year: 2010, passed: true }], 0, true, "0 years failed in a row up to 2010"],
    ["one failed", [{ year: 2009, passed: true }, { year: 2010, passed: false }], 1, true, "1 year failed in a row up to 2010"],
    ["two failed, given out of order", [{ year: 2010, passed: false }, { year: 2009, passed: false }, { year: 2008, passed: true }], 2, false, "2 years failed in a row up to 2010"],
  ])("yellow card: %s", (_, assessments, run, met, en) => {
    expect(outcomeFor("longgang-2005/yellow-card", street(assessments), asOf)).toEqual({
      kind: "measured",
      met,
      measured: run,
      required: { comparison: "at-most", value: 1, unit: "years" },
      shortfall: null,
      detail: { zh: `截至2010年度连续未达标${run}年`, en },
    });
  });

  it("yellow card: the latest year alone unrecorded before it is named", () => {
    expect(outcomeFor("longgang-2005/yellow-card", street([{ year: 2010, passed: false }]), asOf)).toEqual({ kind: "missing", missing: ["assessments[year=2009]"] });
    expect(outcomeFor("longgang-2005/yellow-card", street([{ year: 2012, passed: false }]), asOf)).toEqual({ kind: "missing", missing: ["assessments"] });
  });
});
