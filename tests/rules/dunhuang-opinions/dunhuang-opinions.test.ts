import { describe, expect, it } from "vitest";
import { rules } from "../../../src/index";
import { findingOf } from "../../helpers";

const ASOF = "2012-06-01";
const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });
const org = (category: string, takesOnGovernmentAffairs?: boolean) => ({ category, ...(takesOnGovernmentAffairs !== undefined && { takesOnGovernmentAffairs }) });

describe("dunhuang-opinions/national-model-communities (至少有1-2个)", () => {
  it.each([
    [0, "fail", 1],
    [1, "pass", null],
    [2, "pass", null],
  ])("%i model units → %s", (nationalModelCommunities, status, shortfall) => {
    expect(findingOf("dunhuang-opinions/national-model-communities", { kind: "city", id: "dh", nationalModelCommunities }, ASOF)).toMatchObject({ status, shortfall });
  });
});

describe("dunhuang-opinions/party-organization-per-community", () => {
  it.each([
    ["general-branch", "pass"],
    ["branch", "pass"],
    ["none", "fail"],
  ])("%s → %s", (form, status) => {
    expect(findingOf("dunhuang-opinions/party-organization-per-community", community({ partyOrganization: { form } }), ASOF).status).toBe(status);
  });
});

describe("dunhuang-opinions/direct-election-participation (80%以上)", () => {
  const id = "dunhuang-opinions/direct-election-participation";
  const election = (fields: Record<string, unknown>) => community({ residentsCommittee: { election: { direct: true, ...fields } } });
  it.each([
    ["800 of 1,000 (exactly 80%)", 1000, 800, "pass", null],
    ["799 of 1,000", 1000, 799, "fail", 1],
    ["801 of 1,000", 1000, 801, "pass", null],
    ["80% of 1,001 is 800.8, so 801 are needed: 800", 1001, 800, "fail", 1],
  ])("%s → %s", (_, eligibleVoters, participants, status, shortfall) => {
    expect(findingOf(id, election({ eligibleVoters, participants }), ASOF)).toMatchObject({ status, shortfall });
  });

  it("does not apply to a committee that was not directly elected", () => {
    expect(findingOf(id, community({ residentsCommittee: { election: { direct: false, eligibleVoters: 1000, participants: 1 } } }), ASOF).status).toBe("not-applicable");
  });

  it("does not guess whether the election was direct", () => {
    expect(findingOf(id, community({ residentsCommittee: { election: { eligibleVoters: 1000, participants: 1 } } }), ASOF)).toMatchObject({
      status: "insufficient-data",
      missing: ["residentsCommittee.election.direct"],
    });
  });

  it("needs the voters", () => {
    expect(findingOf(id, election({ participants: 800 }), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["residentsCommittee.election.eligibleVoters"] });
  });
});

describe("dunhuang-opinions/civil-organizations-general (两个以上)", () => {
  const id = "dunhuang-opinions/civil-organizations-general";
  it.each([
    ["one culture-sports organization", [org("culture-sports")], "fail"],
    ["culture-sports and donation", [org("culture-sports"), org("donation")], "pass"],
    ["rights, service and another", [org("rights"), org("service"), org("other")], "pass"],
    ["a professional and an other do not count", [org("professional"), org("other"), org("service")], "fail"],
    ["none", [], "fail"],
  ])("%s → %s", (_, civilOrganizations, status) => {
    expect(findingOf(id, community({ civilOrganizations }), ASOF).status).toBe(status);
  });

  it("needs the list", () => {
    expect(findingOf(id, community({}), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["civilOrganizations"] });
  });
});

describe("dunhuang-opinions/civil-organizations-professional (一个以上)", () => {
  const id = "dunhuang-opinions/civil-organizations-professional";
  it.each([
    ["a professional organization taking on government affairs", [org("professional", true)], "pass"],
    ["a professional organization that does not", [org("professional", false)], "fail"],
    ["a service organization that does", [org("service", true)], "fail"],
    ["no organizations", [], "fail"],
  ])("%s → %s", (_, civilOrganizations, status) => {
    expect(findingOf(id, community({ civilOrganizations }), ASOF).status).toBe(status);
  });

  it("asks for the unrecorded answer instead of guessing", () => {
    expect(findingOf(id, community({ civilOrganizations: [org("service"), org("professional")] }), ASOF)).toMatchObject({
      status: "insufficient-data",
      missing: ["civilOrganizations[1].takesOnGovernmentAffairs"],
    });
  });

  it("needs no more answers once one qualifies", () => {
    expect(findingOf(id, community({ civilOrganizations: [org("professional", true), org("professional")] }), ASOF).status).toBe("pass");
  });
});

describe("dunhuang-opinions/charity-supermarket", () => {
  it.each([
    [true, "pass"],
    [false, "fail"],
  ])("%s → %s", (charitySupermarket, status) => {
    expect(findingOf("dunhuang-opinions/charity-supermarket", community({ charitySupermarket }), ASOF).status).toBe(status);
  });
});

describe("dunhuang-opinions/registered-volunteers-15-percent (15%以上)", () => {
  it.each([
    ["300 of 2,000 (exactly 15%)", 2000, 300, "pass", null],
    ["299 of 2,000", 2000, 299, "fail", 1],
    ["15% of 2,001 is 300.15: 301 needed, 300 short by 1", 2001, 300, "fail", 1],
    ["301 of 2,001", 2001, 301, "pass", null],
  ])("%s → %s", (_, population, registeredVolunteers, status, shortfall) => {
    expect(findingOf("dunhuang-opinions/registered-volunteers-15-percent", community({ population, registeredVolunteers }), ASOF)).toMatchObject({ status, shortfall });
  });
});

describe("dunhuang-opinions worker conditions (十九)", () => {
  it.each([
    ["29,999.99 yuan", "29999.99", "fail", "0.01"],
    ["30,000 yuan", 30000, "pass", null],
    ["30,000.01 yuan", "30000.01", "pass", null],
  ])("personnel funding %s → %s", (_, provincialPersonnelYuan, status, shortfall) => {
    expect(findingOf("dunhuang-opinions/personnel-funding", community({ funding: { provincialPersonnelYuan } }), ASOF)).toMatchObject({ status, shortfall });
  });

  it("the personnel funding note says the starting year was lost", () => {
    expect(findingOf("dunhuang-opinions/personnel-funding", community({}), ASOF).note).toMatch(/从年起/);
  });

  it.each([
    ["a fen below the average wage", "41999.99", "42000", "fail", "0.01"],
    ["equal to the average wage (不得低于)", "42000", "42000.00", "pass", null],
    ["a fen above", "42000.01", "42000", "pass", null],
  ])("pay %s → %s", (_, annualPayYuan, localAverageWagePreviousYearYuan, status, shortfall) => {
    expect(findingOf("dunhuang-opinions/worker-wage-floor", community({ workers: { annualPayYuan, localAverageWagePreviousYearYuan } }), ASOF)).toMatchObject({ status, shortfall });
  });

  it("the wage floor needs the local average wage", () => {
    expect(findingOf("dunhuang-opinions/worker-wage-floor", community({ workers: { annualPayYuan: 1 } }), ASOF)).toMatchObject({
      status: "insufficient-data",
      missing: ["workers.localAverageWagePreviousYearYuan"],
    });
  });

  it.each([
    ["all five", ["pension", "medical", "unemployment", "work-injury", "maternity"], "pass", null],
    ["four, without maternity", ["pension", "medical", "unemployment", "work-injury"], "fail", 1],
    ["none", [], "fail", 5],
  ])("insurances: %s → %s", (_, insurances, status, shortfall) => {
    expect(findingOf("dunhuang-opinions/worker-social-insurance", community({ workers: { insurances } }), ASOF)).toMatchObject({ status, shortfall });
  });

  it("the insurances need the list", () => {
    expect(findingOf("dunhuang-opinions/worker-social-insurance", community({ workers: {} }), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["workers.insurances"] });
  });
});

describe("dunhuang-opinions/paired-unit-practical-matters (每年至少…1至2件)", () => {
  const id = "dunhuang-opinions/paired-unit-practical-matters";
  const unit = (name: string, matters: [number, number][]) => ({ name, practicalMatters: matters.map(([year, count]) => ({ year, count })) });
  it.each([
    ["both units did one last year and this year", [unit("税务局", [[2011, 1], [2012, 2]]), unit("供电公司", [[2011, 2], [2012, 1]])], "pass"],
    ["one did none last year", [unit("税务局", [[2011, 1], [2012, 1]]), unit("供电公司", [[2012, 1]])], "fail"],
    ["last year done, this year not yet: pending", [unit("税务局", [[2011, 1]])], "pending"],
    ["a count of 0 is none", [unit("税务局", [[2011, 0], [2012, 1]])], "fail"],
  ])("%s → %s", (_, pairedUnits, status) => {
    expect(findingOf(id, community({ pairedUnits }), ASOF).status).toBe(status);
  });

  it("names the unit that did nothing", () => {
    expect(findingOf(id, community({ pairedUnits: [unit("供电公司", [[2012, 1]])] }), ASOF).message.zh).toMatch(/2011年未办实事：供电公司/);
  });

  it("does not apply without paired units", () => {
    expect(findingOf(id, community({ pairedUnits: [] }), ASOF).status).toBe("not-applicable");
  });

  it("asks for a unit's unrecorded matters", () => {
    expect(findingOf(id, community({ pairedUnits: [{ name: "税务局" }] }), ASOF)).toMatchObject({ status: "insufficient-data", missing: ["pairedUnits[0].practicalMatters"] });
  });
});

describe("an undated, damaged copy", () => {
  it.each(rules.filter((r) => r.document === "dunhuang-opinions").map((r) => [r.id]))("%s is in force without a start date, and its note says so", (id) => {
    const rule = rules.find((r) => r.id === id)!;
    const f = findingOf(id, { kind: rule.subject, id: "x" }, "1980-01-01");
    expect(f.status).not.toBe("not-applicable");
    expect(f.note).toMatch(/without a start date/);
  });
});
