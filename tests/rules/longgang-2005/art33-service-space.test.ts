import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const project = (fields: Record<string, unknown>) => ({ kind: "project", id: "p", ...fields });

describe("longgang-2005/service-space-ratio (300:1)", () => {
  const id = "longgang-2005/service-space-ratio";
  it.each([
    ["30,000 m² with 100 m² (exactly 1/300)", 30000, 100, "pass", null],
    ["30,001 m² with 100 m² (short by 0.0033… → 0.01 m²)", 30001, 100, "fail", "0.01"],
    ["29,999 m² with 100 m²", 29999, 100, "pass", null],
    ["30,000 m² with 99.99 m²", 30000, "99.99", "fail", "0.01"],
    ["45,000 m² with 120 m²", 45000, 120, "fail", "30.00"],
  ])("%s → %s", (_, buildingAreaM2, serviceSpaceM2, status, shortfall) => {
    expect(findingOf(id, project({ buildingAreaM2, serviceSpaceM2 }), "2012-01-01")).toMatchObject({ status, shortfall });
  });

  it("a failure carries art. 33's consequences", () => {
    const f = findingOf(id, project({ buildingAreaM2: 45000, serviceSpaceM2: 120 }), "2012-01-01");
    expect(f.consequences.map((c) => c.code)).toEqual(["in-lieu-payment", "no-presale"]);
  });

  it("shows the requirement rounded up: 30,001 m² needs 100.01 m²", () => {
    expect(findingOf(id, project({ buildingAreaM2: 30001, serviceSpaceM2: 0 }), "2012-01-01").required).toMatchObject({ comparison: "at-least", value: "100.01", unit: "m2" });
  });

  it.each([
    [{ serviceSpaceM2: 1 }, ["buildingAreaM2"]],
    [{ buildingAreaM2: 1 }, ["serviceSpaceM2"]],
    [{}, ["serviceSpaceM2", "buildingAreaM2"]],
  ])("with %j the data is insufficient", (fields, missing) => {
    expect(findingOf(id, project(fields), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, project({ buildingAreaM2: 30000, serviceSpaceM2: 0 }), "2005-07-26").status).toBe("not-applicable");
  });
});

describe("longgang-2005/in-lieu-payment", () => {
  const id = "longgang-2005/in-lieu-payment";
  // 45,000 m² needs 150 m²; 120 provided: 30 m² short × 8,650.50 = 259,515.00 yuan.
  const short = { buildingAreaM2: 45000, serviceSpaceM2: 120, salePricePerM2Yuan: "8650.50" };

  it.each([
    ["nothing recorded: the amount owed is reported", {}, "info", null],
    ["paid a fen less than owed", { inLieuPaidYuan: "259514.99" }, "fail", "0.01"],
    ["paid exactly what is owed", { inLieuPaidYuan: "259515.00" }, "pass", null],
    ["paid a fen more", { inLieuPaidYuan: "259515.01" }, "pass", null],
  ])("%s → %s", (_, paid, status, shortfall) => {
    const f = findingOf(id, project({ ...short, ...paid }), "2012-01-01");
    expect(f).toMatchObject({ status, shortfall, required: { value: "259515.00", unit: "yuan" } });
  });

  it("computes the amount from the exact shortfall, rounded once: 30,001 m² with 100 m² at 20,000 yuan owes 66.67", () => {
    // (30001 − 100 × 300) / 300 × 20000 = 66.666…
    expect(findingOf(id, project({ buildingAreaM2: 30001, serviceSpaceM2: 100, salePricePerM2Yuan: 20000 }), "2012-01-01").required?.value).toBe("66.67");
  });

  it("does not apply when the space is provided in full", () => {
    expect(findingOf(id, project({ buildingAreaM2: 30000, serviceSpaceM2: 100 }), "2012-01-01").status).toBe("not-applicable");
  });

  it("needs the sale price once there is a shortfall", () => {
    expect(findingOf(id, project({ buildingAreaM2: 45000, serviceSpaceM2: 120 }), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["salePricePerM2Yuan"] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, project(short), "2005-07-26").status).toBe("not-applicable");
  });
});
