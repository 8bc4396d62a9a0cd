import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

// The requirements of the pilot's area and bed rules, in their units, worked out by hand.
describe("Guangzhou 2000: requirements in their units", () => {
  it.each([
    ["guangzhou-2000/district-service-center-area", { kind: "district", id: "d", pilot: true, serviceCenterAreaM2: 999 }, { value: "1000.00", unit: "m2" }, "1.00"],
    // 10 beds per 1,000 elderly: 1,001 elderly need 10.01, so 11 beds.
    ["guangzhou-2000/elderly-beds-10-per-1000", { kind: "street", id: "s", pilot: true, elderlyCareBeds: 10, elderlyPopulation: 1001 }, { value: 11, unit: "beds" }, 1],
  ])("%s", (id, subject, required, shortfall) => {
    expect(findingOf(id, subject, "2003-01-01")).toMatchObject({ required: { comparison: "at-least", ...required }, shortfall });
  });

  it("the street centre's area is a rate of the population, in m²: 10 m² per 1,000 of 100,001 people is 1000.01 m²", () => {
    const f = findingOf("guangzhou-2000/street-service-center-area", { kind: "street", id: "s", pilot: true, serviceCenterAreaM2: 1000, population: 100001 }, "2003-01-01");
    expect(f).toMatchObject({ measured: "1000", required: { comparison: "at-least", value: "1000.01", unit: "m2" }, shortfall: "0.01" });
  });
});
