import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/annual-assessment";
const street = (assessments: { year: number; passed: boolean }[]) => ({ kind: "street", id: "s", assessments });

describe(ID, () => {
  it.each([
    ["the latest year passed", [{ year: 2009, passed: false }, { year: 2010, passed: true }], "pass", []],
    ["the latest year failed: no awards", [{ year: 2009, passed: true }, { year: 2010, passed: false }], "fail", ["ineligible-for-awards"]],
    ["two years in a row failed: yellow card", [{ year: 2009, passed: false }, { year: 2010, passed: false }], "fail", ["ineligible-for-awards", "yellow-card"]],
    ["two failures with a gap year are not in a row", [{ year: 2008, passed: false }, { year: 2010, passed: false }], "fail", ["ineligible-for-awards"]],
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
