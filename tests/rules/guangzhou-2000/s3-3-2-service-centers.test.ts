import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const street = (fields: Record<string, unknown>) => ({ kind: "street", id: "shipai", pilot: true, ...fields });
const district = (fields: Record<string, unknown>) => ({ kind: "district", id: "dongshan", pilot: true, ...fields });

describe("guangzhou-2000/district-service-center-area (1000平方米左右, pilot district)", () => {
  const id = "guangzhou-2000/district-service-center-area";
  it.each([
    ["999.99 m²", "999.99", "fail", "0.01"],
    ["1000 m²", 1000, "pass", null],
    ["1000.01 m²", "1000.01", "pass", null],
  ])("%s → %s", (_, serviceCenterAreaM2, status, shortfall) => {
    expect(findingOf(id, district({ serviceCenterAreaM2 }), "2001-06-01")).toMatchObject({ status, shortfall, approximate: true });
  });

  it("does not apply to a district that is not a pilot", () => {
    expect(findingOf(id, district({ pilot: false, serviceCenterAreaM2: 0 }), "2001-06-01").status).toBe("not-applicable");
  });

  it("does not guess whether a district is a pilot", () => {
    expect(findingOf(id, { kind: "district", id: "d", serviceCenterAreaM2: 0 }, "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["pilot"] });
  });

  it("is not applicable the day before the notice", () => {
    expect(findingOf(id, district({ serviceCenterAreaM2: 0 }), "2000-11-22").status).toBe("not-applicable");
  });
});

describe("guangzhou-2000/street-service-center-area (10 m² per 1000 people, pilot street)", () => {
  const id = "guangzhou-2000/street-service-center-area";
  it.each([
    ["45,678 people need 456.78 m²: exactly that", 45678, "456.78", "pass", null],
    ["45,678 people with 456.77 m²", 45678, "456.77", "fail", "0.01"],
    ["45,678 people with 456.79 m²", 45678, "456.79", "pass", null],
    ["45,671 people need 456.71 m²: 456.7 is short by 0.01", 45671, "456.7", "fail", "0.01"],
  ])("%s → %s", (_, population, serviceCenterAreaM2, status, shortfall) => {
    expect(findingOf(id, street({ population, serviceCenterAreaM2 }), "2001-06-01")).toMatchObject({ status, shortfall });
  });

  it("rounds a requirement up: 1 person needs 0.01 m²", () => {
    expect(findingOf(id, street({ population: 1, serviceCenterAreaM2: 0 }), "2001-06-01").required?.value).toBe("0.01");
  });

  it("does not apply to a street that is not a pilot", () => {
    expect(findingOf(id, street({ pilot: false, population: 1000, serviceCenterAreaM2: 0 }), "2001-06-01").status).toBe("not-applicable");
  });

  it("needs the population", () => {
    expect(findingOf(id, street({ serviceCenterAreaM2: 10 }), "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["population"] });
  });

  it("is not applicable the day before the notice", () => {
    expect(findingOf(id, street({ population: 1000, serviceCenterAreaM2: 0 }), "2000-11-22").status).toBe("not-applicable");
  });
});

describe("guangzhou-2000/elderly-beds-10-per-1000 (有条件的试点街可…10张左右: a permission, reported)", () => {
  const id = "guangzhou-2000/elderly-beds-10-per-1000";
  it.each([
    ["2,000 elderly: such an institution would have 20 beds; 20 are there", 2000, 20, 20, null],
    ["2,000 elderly with 19: one short, still only reported", 2000, 19, 20, 1],
    ["2,001 elderly need 20.01, so 21 beds: 20 is one short, reported", 2001, 20, 21, 1],
    ["2,001 elderly with 21", 2001, 21, 21, null],
    ["no beds at all is never a failure", 2000, 0, 20, 20],
  ])("%s", (_, elderlyPopulation, elderlyCareBeds, required, shortfall) => {
    const f = findingOf(id, street({ elderlyPopulation, elderlyCareBeds }), "2003-06-01");
    expect(f).toMatchObject({ status: "info", shortfall, approximate: true, modality: "permission", required: { comparison: "at-least", value: required, unit: "beds" } });
  });

  it("quotes the permission that governs it (有条件的试点街可建设)", () => {
    const f = findingOf(id, street({ elderlyPopulation: 2000, elderlyCareBeds: 0 }), "2003-06-01");
    expect(f.citation.quote).toMatch(/^有条件的试点街可建设一座综合性、多功能的社区福利服务中心/);
    expect(f.citation.quote).toMatch(/床位数达到每1000名老人10张左右的养老服务机构$/);
  });

  it("does not apply to a street that is not a pilot", () => {
    expect(findingOf(id, street({ pilot: false, elderlyPopulation: 2000, elderlyCareBeds: 0 }), "2001-06-01").status).toBe("not-applicable");
  });

  it("needs the beds", () => {
    expect(findingOf(id, street({ elderlyPopulation: 2000 }), "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["elderlyCareBeds"] });
  });

  it.each([
    ["the day before the notice: not applicable", "2000-11-22", "not-applicable"],
    ["the day of the notice: reported", "2000-11-23", "info"],
  ])("%s", (_, asOf, status) => {
    expect(findingOf(id, street({ elderlyPopulation: 2000, elderlyCareBeds: 0 }), asOf).status).toBe(status);
  });
});

describe("guangzhou-2000/street-welfare-service-center (有条件的试点街可建设: a permission, reported)", () => {
  const id = "guangzhou-2000/street-welfare-service-center";
  it.each([
    ["built", true, true],
    ["not built: reported, never failed", false, false],
  ])("%s", (_, welfareServiceCenter, measured) => {
    expect(findingOf(id, street({ welfareServiceCenter }), "2001-06-01")).toMatchObject({ status: "info", modality: "permission", measured });
  });

  it.each([
    ["the day before the notice: not applicable", "2000-11-22", "not-applicable"],
    ["the day of the notice: reported", "2000-11-23", "info"],
  ])("%s", (_, asOf, status) => {
    expect(findingOf(id, street({ welfareServiceCenter: false }), asOf).status).toBe(status);
  });

  it("does not apply to a street that is not a pilot, and does not guess", () => {
    expect(findingOf(id, street({ pilot: false, welfareServiceCenter: false }), "2001-06-01").status).toBe("not-applicable");
    expect(findingOf(id, { kind: "street", id: "s" }, "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["pilot"] });
  });

  it("needs the field", () => {
    expect(findingOf(id, street({}), "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["welfareServiceCenter"] });
  });
});
