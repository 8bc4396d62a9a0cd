import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

// Each rate, due by the end of 2015: [rule, kind, count field, base field, base, exact requirement].
describe.each([
  ["guangzhou-2011/direct-election-ratio", "city", "directlyElectedCommittees", "residentsCommittees", 1501, 751],
  ["guangzhou-2011/general-practitioners-2-per-10000", "community", "generalPractitioners", "population", 20001, 5],
  ["guangzhou-2011/elderly-beds-30-per-1000", "city", "elderlyCareBeds", "elderlyPopulation", 1000000, 30000],
  ["guangzhou-2011/social-workers-5-per-10000", "city", "socialWorkers", "population", 12700000, 6350],
])("%s", (id, kind, countField, baseField, base, required) => {
  const subject = (count?: number) => ({ kind, id: "x", [baseField]: base, ...(count !== undefined && { [countField]: count }) });

  it.each([
    ["one below the requirement", required - 1, "fail", 1],
    ["exactly the requirement", required, "pass", null],
    ["one above", required + 1, "pass", null],
  ])("%s → %s", (_, count, status, shortfall) => {
    expect(findingOf(id, subject(count), "2016-01-01")).toMatchObject({ status, shortfall, modality: "target", required: { value: required } });
  });

  it.each([
    ["on the due date 2015-12-31, a shortfall is pending", "2015-12-31", "pending"],
    ["the day after, it fails", "2016-01-01", "fail"],
    ["the day before the opinions, it is not applicable", "2011-07-22", "not-applicable"],
  ])("%s", (_, asOf, status) => {
    expect(findingOf(id, subject(0), asOf).status).toBe(status);
  });

  it("needs the count", () => {
    expect(findingOf(id, subject(), "2016-01-01")).toMatchObject({ status: "insufficient-data", missing: [countField] });
  });
});

it("2 GPs per 10,000: 20,000 residents need exactly 4, 20,001 need 5", () => {
  const id = "guangzhou-2011/general-practitioners-2-per-10000";
  expect(findingOf(id, { kind: "community", id: "c", population: 20000, generalPractitioners: 4 }, "2016-01-01").status).toBe("pass");
  expect(findingOf(id, { kind: "community", id: "c", population: 20001, generalPractitioners: 4 }, "2016-01-01").status).toBe("fail");
});
