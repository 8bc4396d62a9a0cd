import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/work-station-funding-thirds";
const community = (workStation: Record<string, unknown>, extra: Record<string, unknown> = { shareholdingCompany: true, urbanizationTransition: true }) => ({
  kind: "community",
  id: "c",
  ...extra,
  funding: { workStation },
});
const split = (totalYuan: string, districtYuan: string, streetYuan: string, companyYuan: string) => ({ totalYuan, districtYuan, streetYuan, companyYuan });

describe(ID, () => {
  it.each([
    ["100.00 split 33.34 / 33.33 / 33.33 (the spec's split)", split("100.00", "33.34", "33.33", "33.33"), "pass"],
    ["100.00 split 33.33 / 33.34 / 33.33 (each within a fen of a third)", split("100.00", "33.33", "33.34", "33.33"), "pass"],
    ["100.00 split 33.32 / 33.34 / 33.34 (district 0.0133… short of a third)", split("100.00", "33.32", "33.34", "33.34"), "fail"],
    ["99.99 split 33.33 each (exactly a third)", split("99.99", "33.33", "33.33", "33.33"), "pass"],
    ["99.99 split 33.34 / 33.32 / 33.33 (0.01 off is not less than 0.01)", split("99.99", "33.34", "33.32", "33.33"), "fail"],
    ["600,000 split 300,000 / 150,000 / 150,000", split("600000", "300000", "150000", "150000"), "fail"],
  ])("%s → %s", (_, workStation, status) => {
    expect(findingOf(ID, community(workStation), "2012-01-01").status).toBe(status);
  });

  it("names the parties that are off, and shows the split the article asks for", () => {
    const f = findingOf(ID, community(split("100.00", "50.00", "25.00", "25.00")), "2012-01-01");
    expect(f.required?.value).toBe("33.34 / 33.33 / 33.33");
    expect(f.message.en).toMatch(/not one third: district, street, company/);
  });

  it("does not apply without a shareholding company", () => {
    expect(findingOf(ID, community(split("1", "1", "0", "0"), { shareholdingCompany: false }), "2012-01-01").status).toBe("not-applicable");
  });

  // 在城市化过渡期内: the split binds during the urbanization transition period only.
  it.each([
    ["in the transition period: judged", { shareholdingCompany: true, urbanizationTransition: true }, "fail", []],
    ["past the transition period: not applicable", { shareholdingCompany: true, urbanizationTransition: false }, "not-applicable", []],
    ["transition period unknown: insufficient data, never guessed", { shareholdingCompany: true }, "insufficient-data", ["urbanizationTransition"]],
    ["no company, transition unknown: not applicable", { shareholdingCompany: false }, "not-applicable", []],
  ])("%s", (_, extra, status, missing) => {
    expect(findingOf(ID, community(split("1", "1", "0", "0"), extra), "2012-01-01")).toMatchObject({ status, missing });
  });

  it("says why a community past the transition period is not bound", () => {
    const f = findingOf(ID, community(split("1", "1", "0", "0"), { shareholdingCompany: true, urbanizationTransition: false }), "2012-01-01");
    expect(f.message.zh).toContain("不在城市化过渡期内");
    expect(f.message.en).toContain("not in the urbanization transition period");
  });

  it("lists every missing share", () => {
    expect(findingOf(ID, community({ totalYuan: 100 }), "2012-01-01")).toMatchObject({
      status: "insufficient-data",
      missing: ["funding.workStation.districtYuan", "funding.workStation.streetYuan", "funding.workStation.companyYuan"],
    });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community(split("100.00", "100.00", "0", "0")), "2005-07-26").status).toBe("not-applicable");
  });
});
