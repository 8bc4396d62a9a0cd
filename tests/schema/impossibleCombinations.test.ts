import { describe, expect, it } from "vitest";
import { evaluate, safeEvaluate } from "../../src/index";
import { readHeader, rowToSubject } from "../../src/flat/rowToSubject";
import { validateSubject } from "../../src/schema/validateSubject";

const problemsOf = (input: unknown) => {
  const result = validateSubject(input);
  return "problems" in result ? result.problems : [];
};
const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });

// Each bound at its boundary (equal: accepted), and one over (refused, at the first count's path).
describe.each([
  ["election participants ≤ eligible voters", "community", (n: number) => ({ residentsCommittee: { election: { eligibleVoters: 100, participants: n } } }), 100, "residentsCommittee.election.participants", "参选人数（101）不能多于选民人数（100）"],
  ["directors + deputy directors ≤ members", "community", (n: number) => ({ residentsCommittee: { members: 5, directors: 1, deputyDirectors: n } }), 4, "residentsCommittee.directors", "居委会主任数与居委会副主任数（6）不能多于居委会成员数（5）"],
  ["members on the party committee ≤ residents committee members", "community", (n: number) => ({ residentsCommittee: { members: 7, membersOnPartyCommittee: n } }), 7, "residentsCommittee.membersOnPartyCommittee", "不能多于居委会成员数（7）"],
  ["members on the party committee ≤ party committee members", "community", (n: number) => ({ partyOrganization: { committeeMembers: 5 }, residentsCommittee: { membersOnPartyCommittee: n } }), 5, "residentsCommittee.membersOnPartyCommittee", "不能多于党组织委员数（5）"],
  ["party-member staff ≤ full-time staff", "community", (n: number) => ({ residentsCommittee: { fullTimeStaff: 8, fullTimeStaffPartyMembers: n } }), 8, "residentsCommittee.fullTimeStaffPartyMembers", "专职人员中党员数（9）不能多于居委会专职人员数（8）"],
  ["secretaries + deputies ≤ party committee members", "community", (n: number) => ({ partyOrganization: { committeeMembers: 3, secretaries: 1, deputySecretaries: n } }), 2, "partyOrganization.secretaries", "（4）不能多于党组织委员数（3）"],
  ["appointed to the work station ≤ the two committees' distinct members", "community", (n: number) => ({ committeeMembersAtWorkStation: n, partyOrganization: { committeeMembers: 5 }, residentsCommittee: { members: 7, membersOnPartyCommittee: 2 } }), 10, "committeeMembersAtWorkStation", "（11）不能多于党组织委员数与居委会成员数减去居委会成员进党组织班子数（10）"],
  ["elderly ≤ population (community)", "community", (n: number) => ({ population: 1000, elderlyPopulation: n }), 1000, "elderlyPopulation", "老年人口（1001）不能多于人口（1000）"],
  ["elderly ≤ population (street)", "street", (n: number) => ({ population: 1000, elderlyPopulation: n }), 1000, "elderlyPopulation", "老年人口（1001）不能多于人口（1000）"],
  ["elderly ≤ population (city)", "city", (n: number) => ({ population: 1000, elderlyPopulation: n }), 1000, "elderlyPopulation", "老年人口（1001）不能多于人口（1000）"],
  ["directly elected committees ≤ committees", "city", (n: number) => ({ residentsCommittees: 50, directlyElectedCommittees: n }), 50, "directlyElectedCommittees", "直选居委会数（51）不能多于居委会总数（50）"],
])("%s", (_, kind, fields, edge, path, words) => {
  const subject = (n: number) => ({ kind, id: "x", ...fields(n) });
  it.each([
    ["one below the bound", edge - 1, false],
    ["at the bound", edge, false],
    ["one over", edge + 1, true],
  ])("%s is %s", (__, n, refused) => {
    const problems = problemsOf(subject(n));
    expect(problems.length > 0).toBe(refused);
    if (refused) {
      expect(problems).toEqual([{ path, message: { zh: expect.stringContaining(words), en: expect.stringContaining("cannot exceed") } }]);
    }
  });
});

describe("impossible combinations", () => {
  it("are not checked while a count is missing: that is data not yet collected", () => {
    expect(problemsOf(community({ residentsCommittee: { election: { participants: 5000 } } }))).toEqual([]);
  });

  it("name the nested subject's path", () => {
    const street = { kind: "street", id: "s", communities: [community({}), community({ population: 10, elderlyPopulation: 11 })] };
    expect(problemsOf(street).map((p) => p.path)).toEqual(["communities[1].elderlyPopulation"]);
  });

  it("refuse pilot: false inside a pilot district or street, and allow true inside false", () => {
    const district = (districtPilot: boolean, communityPilot: boolean | undefined) => ({
      kind: "district",
      id: "d",
      pilot: districtPilot,
      streets: [{ kind: "street", id: "s", communities: [community(communityPilot === undefined ? {} : { pilot: communityPilot })] }],
    });
    expect(problemsOf(district(true, false)).map((p) => p.path)).toEqual(["streets[0].communities[0].pilot"]);
    expect(problemsOf(district(true, undefined))).toEqual([]);
    expect(problemsOf(district(false, true))).toEqual([]);
  });

  it("make evaluate throw with the path, and safeEvaluate return it", () => {
    const input = community({ residentsCommittee: { election: { eligibleVoters: 100, participants: 101 } } });
    expect(() => evaluate(input, { asOf: "2012-01-01" })).toThrow(/residentsCommittee\.election\.participants: 参选人数（101）不能多于选民人数（100）/);
    const result = safeEvaluate(input, { asOf: "2012-01-01" });
    expect(result.success).toBe(false);
  });

  it("are a problem of the row in the flat format, naming the column", () => {
    const header = ["id", "选民人数", "参选人数"];
    expect(readHeader(header).problems).toEqual([]);
    const read = rowToSubject(header, ["c1", "100", "101"]);
    expect(read).toMatchObject({ kind: "invalid", problems: [{ column: "residentsCommittee.election.participants", label: "参选人数", message: { zh: "参选人数（101）不能多于选民人数（100）" } }] });
    expect(rowToSubject(header, ["c1", "100", "100"]).kind).toBe("subject");
  });
});

it("says where a field moved to when a community still carries charitySupermarket", () => {
  const result = validateSubject({ kind: "street", id: "s", communities: [{ kind: "community", id: "c", charitySupermarket: true }] });
  expect(result).toEqual({ problems: [{ path: "communities[0].charitySupermarket", message: { zh: expect.stringContaining("请填在街道上"), en: expect.stringContaining("give it on the street") } }] });
});

// Past 2^53 a sum of counts is no longer exact as a JavaScript number: 2^53 − 1 + 2 would read as
// 2^53 + 1 → 9007199254740992. The bound is checked, and named, exactly (without BigInt, which the
// ES2015 build for WPS cannot count on).
describe("bounds on counts near 2^53", () => {
  const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991
  it.each([
    ["a sum one past the whole", { members: MAX, directors: MAX, deputyDirectors: 2 }, "居委会主任数与居委会副主任数（9007199254740993）不能多于居委会成员数（9007199254740991）"],
    ["a sum equal to the whole", { members: MAX, directors: 2 ** 52, deputyDirectors: 2 ** 52 - 1 }, undefined],
    ["a sum one past, from two halves", { members: MAX, directors: 2 ** 52, deputyDirectors: 2 ** 52 }, "居委会主任数与居委会副主任数（9007199254740992）不能多于居委会成员数（9007199254740991）"],
  ])("%s", (_, residentsCommittee, zh) => {
    const problems = problemsOf(community({ residentsCommittee }));
    expect(problems.map((p) => p.message.zh)).toEqual(zh === undefined ? [] : [zh]);
  });

  it.each([
    ["within: 2^53 − 1 of 3 + (2^53 − 1) − 1 distinct members", { committeeMembersAtWorkStation: MAX, partyOrganization: { committeeMembers: 3 }, residentsCommittee: { members: MAX, membersOnPartyCommittee: 1 } }, []],
    ["one over: 2^53 − 1 of 1 + (2^53 − 2) − 1", { committeeMembersAtWorkStation: MAX, partyOrganization: { committeeMembers: 1 }, residentsCommittee: { members: MAX - 1, membersOnPartyCommittee: 1 } },
      ["两委成员在工作站任职数（9007199254740991）不能多于党组织委员数与居委会成员数减去居委会成员进党组织班子数（9007199254740990）"]],
  ])("the whole less a part, exactly: %s", (_, fields, zh) => {
    expect(problemsOf(community(fields)).map((p) => p.message.zh)).toEqual(zh);
  });
});
