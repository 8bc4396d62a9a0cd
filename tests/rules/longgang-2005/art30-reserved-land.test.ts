import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/reserved-land";
const community = (reservedLandM2?: number | string) => ({ kind: "community", id: "c", urbanizationLandTransfer: reservedLandM2 === undefined ? {} : { reservedLandM2 } });

describe(ID, () => {
  it.each([
    ["2999.99 m² (a hundredth below 3000)", "2999.99", "fail", "0.01"],
    ["exactly 3000 m²", 3000, "pass", null],
    ["3000.01 m²", "3000.01", "pass", null],
    ["exactly 5000 m²", 5000, "pass", null],
  ])("%s → %s", (_, area, status, shortfall) => {
    expect(findingOf(ID, community(area), "2012-01-01")).toMatchObject({ status, shortfall });
  });

  it("5000.01 m² is more than the range asks: reported, not failed", () => {
    const f = findingOf(ID, community("5000.01"), "2012-01-01");
    expect(f.status).toBe("pass");
    expect(f.message.en).toMatch(/more than 5000 m², reported/);
  });

  it("does not apply without an urbanization land transfer", () => {
    expect(findingOf(ID, { kind: "community", id: "c" }, "2012-01-01").status).toBe("not-applicable");
  });

  it("needs the reserved area once land was transferred", () => {
    expect(findingOf(ID, community(), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["urbanizationLandTransfer.reservedLandM2"] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community(0), "2005-07-26").status).toBe("not-applicable");
  });
});
