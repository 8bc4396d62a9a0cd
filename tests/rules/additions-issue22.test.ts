import { describe, expect, it } from "vitest";
import { findingOf } from "../helpers";

// The standards the third reading of the seeds found without a rule (issue 22), each a yes/no field:
// done passes, not done fails, unknown is insufficient data naming the field, never a guess.
const CASES: [id: string, kind: string, path: string, asOf: string, extra?: Record<string, unknown>][] = [
  ["longgang-2005/party-coordination-office", "street", "partyCoordinationCommittee.officeWithPersonnelDepartment", "2012-01-01"],
  ["longgang-2005/joint-meeting-minutes", "community", "jointMeetingMinutes", "2012-01-01"],
  ["longgang-2005/residents-committee-election", "community", "residentsCommittee.election.direct", "2012-01-01"],
  ["longgang-2005/public-notice", "community", "publicNoticeBoard", "2012-01-01"],
  ["longgang-2005/joint-acceptance", "project", "jointAcceptance", "2012-01-01", { accepted: true }],
  ["longgang-2005/worker-certificates", "community", "workersCertified", "2012-01-01"],
  ["longgang-2005/review-committee", "community", "reviewCommittee", "2012-01-01"],
  ["dunhuang-opinions/building-party-branches", "community", "buildingPartyBranches", "2012-01-01"],
  ["dunhuang-opinions/volunteer-network", "city", "volunteerNetwork", "2012-01-01"],
  ["dunhuang-opinions/synchronized-service-space", "project", "serviceSpaceSynchronized", "2012-01-01"],
  ["guangzhou-2011/family-service-purchase", "street", "familyServiceCenterPurchased", "2012-01-01"],
  ["guangzhou-2011/basic-service-catalogue", "city", "basicServiceCatalogue", "2012-01-01"],
  ["guangzhou-2011/social-organization-fund", "city", "socialOrganizationFund", "2012-01-01"],
  ["guangzhou-2011/committee-station-co-located", "community", "committeeStationCoLocated", "2012-01-01"],
  ["guangzhou-2000/committee-offices", "street", "committeeOfficesResolved", "2003-01-01", { pilot: true }],
];

// The survey report's 要/应 are guidance (issue 22): reported, the same statuses, modality guidance.
describe.each([
  ["linyi-report/committee-elected", "committeeElected"],
  ["linyi-report/worker-certificates", "workersCertified"],
])("%s (guidance)", (id, path) => {
  it.each([
    [true, "pass"],
    [false, "fail"],
    [undefined, "insufficient-data"],
  ] as const)("%s → %s", (value, status) => {
    expect(findingOf(id, { kind: "community", id: "x", ...(value !== undefined && { [path]: value }) }, "2002-01-01")).toMatchObject({ status, modality: "guidance" });
  });
});

describe("dunhuang-opinions/self-governance-bodies: both bodies, each named when lacking", () => {
  const id = "dunhuang-opinions/self-governance-bodies";
  it.each([
    [{ representativeAssembly: true, consultativeCouncil: true }, "pass", undefined],
    [{ representativeAssembly: true, consultativeCouncil: false }, "fail", "社区协商议事会"],
    [{ representativeAssembly: false, consultativeCouncil: true }, "fail", "社区居民(成员)代表会议"],
    [{ representativeAssembly: true }, "insufficient-data", undefined],
  ])("%j → %s", (fields, status, lacking) => {
    const f = findingOf(id, { kind: "community", id: "x", ...fields }, "2012-01-01");
    expect(f.status).toBe(status);
    if (lacking) expect(f.message.zh).toContain(lacking);
  });
});

describe("guangzhou-2000/committee-offices binds a pilot street only", () => {
  it.each([
    [{ name: "大塘街" }, "fail"],
    [{ pilot: false }, "not-applicable"],
  ])("%j → %s", (fields, status) => {
    expect(findingOf("guangzhou-2000/committee-offices", { kind: "street", id: "s", committeeOfficesResolved: false, ...fields }, "2003-01-01").status).toBe(status);
  });
});

/** A subject with `value` at the dotted `path`. */
function subjectWith(kind: string, path: string, value: boolean | undefined, extra: Record<string, unknown> = {}) {
  const subject: Record<string, unknown> = { kind, id: "x", ...extra };
  if (value === undefined) return subject;
  const keys = path.split(".");
  let node = subject;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return subject;
}

describe.each(CASES)("%s", (id, kind, path, asOf, extra) => {
  it.each([
    [true, "pass"],
    [false, "fail"],
  ] as const)("%s → %s", (value, status) => {
    expect(findingOf(id, subjectWith(kind, path, value, extra) as never, asOf)).toMatchObject({ status, modality: "requirement" });
  });

  it("unknown → insufficient data, naming the field", () => {
    expect(findingOf(id, subjectWith(kind, path, undefined, extra) as never, asOf)).toMatchObject({ status: "insufficient-data", missing: [path] });
  });

  it("says in its note that it was added from the seed", () => {
    expect(findingOf(id, subjectWith(kind, path, true, extra) as never, asOf).note).toMatch(/issue 22/);
  });
});

describe("longgang-2005/joint-acceptance asks a project once accepted", () => {
  it.each([
    [false, "not-applicable"],
    [undefined, "insufficient-data"],
  ] as const)("accepted %s → %s", (accepted, status) => {
    expect(findingOf("longgang-2005/joint-acceptance", { kind: "project", id: "p", jointAcceptance: true, ...(accepted !== undefined && { accepted }) }, "2012-01-01").status).toBe(status);
  });
});

describe("the undated Dunhuang additions bind from 2007-10-22", () => {
  it.each([
    ["2007-10-21", "not-applicable"],
    ["2007-10-22", "fail"],
  ])("on %s: %s", (asOf, status) => {
    expect(findingOf("dunhuang-opinions/volunteer-network", { kind: "city", id: "dh", volunteerNetwork: false }, asOf).status).toBe(status);
  });
});
