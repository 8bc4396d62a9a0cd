import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });

describe("longgang-2005/village-conversion-office-space (350 m² 以上)", () => {
  const id = "longgang-2005/village-conversion-office-space";
  it.each([
    ["349.99 m²", "349.99", "fail", "0.01"],
    ["exactly 350 m²", 350, "pass", null],
    ["350.01 m²", "350.01", "pass", null],
  ])("%s → %s", (_, officeSpaceProvidedM2, status, shortfall) => {
    expect(findingOf(id, community({ villageConversion: { officeSpaceProvidedM2 } }), "2012-01-01")).toMatchObject({ status, shortfall });
  });

  it("does not apply to a community that was not a village", () => {
    expect(findingOf(id, community({}), "2012-01-01").status).toBe("not-applicable");
  });

  it("needs the space provided", () => {
    expect(findingOf(id, community({ villageConversion: {} }), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["villageConversion.officeSpaceProvidedM2"] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, community({ villageConversion: { officeSpaceProvidedM2: 0 } }), "2005-07-26").status).toBe("not-applicable");
  });
});

describe("longgang-2005/village-conversion-startup-fund (20万元)", () => {
  const id = "longgang-2005/village-conversion-startup-fund";
  const newVillage = { villageConversion: { newlyEstablished: true } };
  it.each([
    ["199,999.99 yuan", "199999.99", "fail", "0.01"],
    ["exactly 200,000 yuan", 200000, "pass", null],
    ["200,000.01 yuan", "200000.01", "pass", null],
  ])("%s → %s", (_, startupFundYuan, status, shortfall) => {
    expect(findingOf(id, community({ ...newVillage, funding: { startupFundYuan } }), "2012-01-01")).toMatchObject({ status, shortfall });
  });

  it.each([
    ["not a village conversion", {}],
    ["a village conversion that is not newly established", { villageConversion: { newlyEstablished: false } }],
  ])("does not apply to %s", (_, fields) => {
    expect(findingOf(id, community(fields), "2012-01-01").status).toBe("not-applicable");
  });

  it.each([
    ["whether it is newly established", { villageConversion: {} }, ["villageConversion.newlyEstablished"]],
    ["the fund", newVillage, ["funding.startupFundYuan"]],
  ])("needs %s", (_, fields, missing) => {
    expect(findingOf(id, community(fields), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, community({ ...newVillage, funding: { startupFundYuan: 0 } }), "2005-07-26").status).toBe("not-applicable");
  });
});

// Absent is "not a 村改居 community" (spec section 2); null, a blank cell, is not known.
describe.each([
  ["longgang-2005/village-conversion-office-space", "villageConversion"],
  ["longgang-2005/village-conversion-startup-fund", "villageConversion"],
  ["longgang-2005/reserved-land", "urbanizationLandTransfer"],
])("%s when %s is not known", (id, key) => {
  it("is insufficient-data naming the section, not not-applicable", () => {
    expect(findingOf(id, { kind: "community", id: "c", [key]: null }, "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: [key] });
  });

  it("and not applicable when absent", () => {
    expect(findingOf(id, { kind: "community", id: "c" }, "2012-01-01").status).toBe("not-applicable");
  });
});
