import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ALL_FOUR = { governmentServiceCenter: true, governanceCenter: true, familyServiceCenter: true, lawEnforcementTeam: true };
const ALL_FIVE = { familyServiceCenter: true, cultureCenter: true, sportsPark: true, healthServiceCenter: true, videoSurveillance: true };

describe("guangzhou-2011/one-team-three-centers (最遲在2012年上半年內: by 2012-06-30)", () => {
  const id = "guangzhou-2011/one-team-three-centers";
  const street = (oneTeamThreeCenters: Record<string, boolean>) => ({ kind: "street", id: "s", oneTeamThreeCenters });

  it.each([
    ["all four, after the due date", ALL_FOUR, "2012-07-01", "pass", null],
    ["three of four, on the due date", { ...ALL_FOUR, lawEnforcementTeam: false }, "2012-06-30", "pending", 1],
    ["three of four, the day after", { ...ALL_FOUR, lawEnforcementTeam: false }, "2012-07-01", "fail", 1],
    ["none, the day before the opinions", { ...ALL_FOUR, governanceCenter: false }, "2011-07-22", "not-applicable", null],
    ["none, the day they were issued", { ...ALL_FOUR, governanceCenter: false }, "2011-07-23", "pending", 1],
  ])("%s → %s", (_, centers, asOf, status, shortfall) => {
    expect(findingOf(id, street(centers), asOf)).toMatchObject({ status, shortfall });
  });

  it("names what is lacking", () => {
    expect(findingOf(id, street({ ...ALL_FOUR, lawEnforcementTeam: false }), "2012-07-01").message.zh).toMatch(/缺少：综合执法队/);
  });

  it("lists each unrecorded item", () => {
    expect(findingOf(id, street({ governmentServiceCenter: true, governanceCenter: true }), "2012-07-01")).toMatchObject({
      status: "insufficient-data",
      missing: ["oneTeamThreeCenters.familyServiceCenter", "oneTeamThreeCenters.lawEnforcementTeam"],
    });
  });
});

describe("guangzhou-2011/five-ones (2012年前: by 2012-12-31)", () => {
  const id = "guangzhou-2011/five-ones";
  const street = (fiveOnes: Record<string, boolean>) => ({ kind: "street", id: "s", fiveOnes });

  it.each([
    ["all five", ALL_FIVE, "2013-01-01", "pass"],
    ["four of five, on 2012-12-31", { ...ALL_FIVE, sportsPark: false }, "2012-12-31", "pending"],
    ["four of five, on 2013-01-01", { ...ALL_FIVE, sportsPark: false }, "2013-01-01", "fail"],
    ["four of five, the day before the opinions", { ...ALL_FIVE, sportsPark: false }, "2011-07-22", "not-applicable"],
  ])("%s → %s", (_, five, asOf, status) => {
    expect(findingOf(id, street(five), asOf).status).toBe(status);
  });

  it("needs every item", () => {
    expect(findingOf(id, { kind: "street", id: "s" }, "2013-01-01").missing).toHaveLength(5);
  });
});

describe("guangzhou-2011/party-organization-three-haves", () => {
  const id = "guangzhou-2011/party-organization-three-haves";
  const community = (partyOrganization: Record<string, boolean>) => ({ kind: "community", id: "c", partyOrganization });
  const all = { hasFullTimeStaff: true, hasOffice: true, hasActivityFunds: true };

  it.each([
    ["staff, office and funds", all, "pass"],
    ["no funds", { ...all, hasActivityFunds: false }, "fail"],
    ["no staff and no office", { ...all, hasFullTimeStaff: false, hasOffice: false }, "fail"],
  ])("%s → %s", (_, party, status) => {
    expect(findingOf(id, community(party), "2012-01-01").status).toBe(status);
  });

  it("needs each item", () => {
    expect(findingOf(id, community({ hasOffice: true }), "2012-01-01")).toMatchObject({
      status: "insufficient-data",
      missing: ["partyOrganization.hasFullTimeStaff", "partyOrganization.hasActivityFunds"],
    });
  });

  it("is not applicable the day before the opinions", () => {
    expect(findingOf(id, community({ ...all, hasOffice: false }), "2011-07-22").status).toBe("not-applicable");
  });
});

describe("guangzhou-2011/service-station-per-committee (一居一站)", () => {
  const id = "guangzhou-2011/service-station-per-committee";
  it.each([
    [true, "2012-01-01", "pass"],
    [false, "2012-01-01", "fail"],
    [false, "2011-07-22", "not-applicable"],
  ])("station %s on %s → %s", (serviceStation, asOf, status) => {
    expect(findingOf(id, { kind: "community", id: "c", serviceStation }, asOf).status).toBe(status);
  });

  it("needs the field", () => {
    expect(findingOf(id, { kind: "community", id: "c" }, "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["serviceStation"] });
  });
});
