import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

// Standards of the Longgang measures that the catalogue left out (issue 11), each from the seed.
const ASOF = "2012-06-30";
const IN_FORCE = "2005-07-27";
const DAY_BEFORE = "2005-07-26";

describe.each([
  ["longgang-2005/coordination-group", { kind: "street", id: "s" }, "communityBuildingCoordinationGroup"],
  ["longgang-2005/community-party-coordination", { kind: "community", id: "c" }, "partyCoordinationCommittee"],
  ["longgang-2005/service-space-agreement", { kind: "project", id: "p" }, "serviceSpaceAgreementSigned"],
])("%s (a yes/no standard)", (id, base, key) => {
  it.each([
    [true, ASOF, "pass"],
    [false, ASOF, "fail"],
    [false, IN_FORCE, "fail"],
    [false, DAY_BEFORE, "not-applicable"],
  ])("%s on %s → %s", (value, asOf, status) => {
    expect(findingOf(id, { ...base, [key]: value }, asOf)).toMatchObject({ status, modality: "requirement" });
  });

  it("needs the field", () => {
    expect(findingOf(id, base, ASOF)).toMatchObject({ status: "insufficient-data", missing: [key] });
  });
});

describe("longgang-2005/street-party-coordination (书记任主任, 1名副书记分管)", () => {
  const id = "longgang-2005/street-party-coordination";
  const street = (partyCoordinationCommittee: Record<string, boolean>) => ({ kind: "street", id: "s", partyCoordinationCommittee });
  it.each([
    ["both", { chairIsWorkingCommitteeSecretary: true, deputySecretaryInCharge: true }, "pass", 2, null],
    ["no deputy in charge", { chairIsWorkingCommitteeSecretary: true, deputySecretaryInCharge: false }, "fail", 1, 1],
    ["neither", { chairIsWorkingCommitteeSecretary: false, deputySecretaryInCharge: false }, "fail", 0, 2],
  ])("%s → %s", (_, committee, status, measured, shortfall) => {
    expect(findingOf(id, street(committee), ASOF)).toMatchObject({ status, measured, shortfall });
  });

  it("names what is lacking, in Chinese", () => {
    expect(findingOf(id, street({ chairIsWorkingCommitteeSecretary: false, deputySecretaryInCharge: true }), ASOF).message.zh).toContain("缺少：党工委书记任主任");
  });

  it("names each missing part", () => {
    expect(findingOf(id, street({ chairIsWorkingCommitteeSecretary: true }), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["partyCoordinationCommittee.deputySecretaryInCharge"] });
  });

  it.each([
    [IN_FORCE, "fail"],
    [DAY_BEFORE, "not-applicable"],
  ])("on %s → %s", (asOf, status) => {
    expect(findingOf(id, street({ chairIsWorkingCommitteeSecretary: false, deputySecretaryInCharge: false }), asOf).status).toBe(status);
  });
});

describe("longgang-2005/work-station-appointment (可达70%以上: a permission, reported)", () => {
  const id = "longgang-2005/work-station-appointment";
  // Distinct members: party committee + residents committee − those on both.
  const community = (committeeMembers: number, members: number, both: number, hired: number | undefined) => ({
    kind: "community",
    id: "c",
    partyOrganization: { committeeMembers },
    residentsCommittee: { members, membersOnPartyCommittee: both },
    ...(hired !== undefined && { committeeMembersAtWorkStation: hired }),
  });
  it.each([
    ["7 of 5 + 7 − 2 = 10 (exactly 70%)", 5, 7, 2, 7, "70.00", /expressly allowed/],
    ["6 of 10 (one below)", 5, 7, 2, 6, "60.00", /does not require/],
    ["8 of 10 (one above)", 5, 7, 2, 8, "80.00", /expressly allowed/],
    ["2 of 3 + 0 − 0", 3, 0, 0, 2, "66.67", /does not require/],
  ])("%s is reported as %s%%", (_, committeeMembers, members, both, hired, percent, words) => {
    const f = findingOf(id, community(committeeMembers, members, both, hired), ASOF);
    expect(f).toMatchObject({ status: "info", modality: "permission", measured: percent });
    expect(f.message.en).toMatch(words);
  });

  it("needs every figure, naming each", () => {
    expect(findingOf(id, { kind: "community", id: "c" }, ASOF)).toMatchObject({
      status: "insufficient-data",
      missing: ["committeeMembersAtWorkStation", "partyOrganization.committeeMembers", "residentsCommittee.members", "residentsCommittee.membersOnPartyCommittee"],
    });
  });

  it("is not applicable with no members in either committee", () => {
    expect(findingOf(id, community(0, 0, 0, 0), ASOF).status).toBe("not-applicable");
  });

  it.each([
    [IN_FORCE, "info"],
    [DAY_BEFORE, "not-applicable"],
  ])("on %s → %s", (asOf, status) => {
    expect(findingOf(id, community(5, 7, 2, 1), asOf).status).toBe(status);
  });
});

describe("longgang-2005/worker-review-yearly (每年年终)", () => {
  const id = "longgang-2005/worker-review-yearly";
  const community = (reviews?: string[]) => ({ kind: "community", id: "c", workers: reviews ? { reviews } : {} });
  /** A review every December from 2005 (the measures' first year) up to `last`. */
  const yearly = (last: number, skip: number[] = []) => Array.from({ length: last - 2004 }, (_, i) => 2005 + i).filter((y) => !skip.includes(y)).map((y) => `${y}-12-20`);
  it.each([
    ["every year's review, this year's too", [...yearly(2011), "2012-01-10"], ASOF, "pass", 8, null],
    ["every year's but this one: pending", yearly(2011), ASOF, "pending", 7, 1],
    ["none in 2011: fail", [...yearly(2010), "2012-01-10"], ASOF, "fail", 7, 1],
    ["none in 2008, years ago: still a failure", [...yearly(2011, [2008]), "2012-01-10"], ASOF, "fail", 7, 1],
    ["on 31 December the running year's review is still pending", yearly(2011), "2012-12-31", "pending", 7, 1],
    ["on 1 January the year just ended without one fails", yearly(2011), "2013-01-01", "fail", 7, 2],
    ["a review after the as-of day is not yet known", [...yearly(2011), "2012-12-20"], ASOF, "pending", 7, 1],
    ["in the year the measures came into force, only that year is asked: pending", [], IN_FORCE, "pending", 0, 1],
    ["the year after, a year without a review fails", [], "2006-01-01", "fail", 0, 2],
    ["the day before they came into force: not applicable", [], DAY_BEFORE, "not-applicable", null, null],
  ])("%s", (_, reviews, asOf, status, measured, shortfall) => {
    expect(findingOf(id, community(reviews), asOf)).toMatchObject({ status, measured, shortfall });
  });

  it("names the years without a review, the eight most recent, counting the earlier", () => {
    const f = findingOf(id, community([]), ASOF);
    expect(f.message.zh).toContain("无记录的年份：2005年、2006年、2007年、2008年、2009年、2010年、2011年、2012年（进行中）");
    expect(f.message.en).toContain("years with none recorded: 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012 (running)");
    expect(findingOf(id, community([]), "2014-06-01").message.zh).toContain("无记录的年份：此前 2 个年度及2007年、");
  });

  it("needs the dates", () => {
    expect(findingOf(id, community(), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["workers.reviews"] });
  });
});
