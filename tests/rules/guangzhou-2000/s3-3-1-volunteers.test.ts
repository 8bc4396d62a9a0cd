import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "guangzhou-2000/volunteers-3-percent";
const community = (population?: number, volunteers?: number) => ({ kind: "community", id: "c", pilot: true, population, volunteers });

describe(`${ID} (3%左右, within 1 to 2 years of 2000-11-23)`, () => {
  it.each([
    ["300 of 10,000 (exactly 3%)", 10000, 300, "pass", null],
    ["299 of 10,000 (one below)", 10000, 299, "fail", 1],
    ["301 of 10,000", 10000, 301, "pass", null],
    ["3% of 10,001 is 300.03, so 301 are needed", 10001, 300, "fail", 1],
  ])("%s → %s", (_, population, volunteers, status, shortfall) => {
    const f = findingOf(ID, community(population, volunteers), "2003-01-01");
    expect(f).toMatchObject({ status, shortfall, approximate: true, modality: "target" });
  });

  it("says the figure is approximate", () => {
    const f = findingOf(ID, community(10000, 299), "2003-01-01");
    expect(f.message.zh).toMatch(/左右/);
    expect(f.message.en).toMatch(/approximate/);
  });

  it.each([
    ["the due date 2002-11-23: pending", "2002-11-23", "pending"],
    ["the day after: fail", "2002-11-24", "fail"],
    ["the day before the notice: not applicable", "2000-11-22", "not-applicable"],
  ])("short on %s", (_, asOf, status) => {
    expect(findingOf(ID, community(10000, 10), asOf).status).toBe(status);
  });

  it("needs both figures", () => {
    expect(findingOf(ID, community(10000), "2003-01-01")).toMatchObject({ status: "insufficient-data", missing: ["volunteers"] });
  });
});
