import { describe, expect, it } from "vitest";
import { rules } from "../../../src/index";
import { findingOf, outcomeFor } from "../../helpers";

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
    ["joint-branch", "fail"],
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

// (八) 在每个社区服务中心设立; (十二) 街道要建设社区服务中心: the outlet is the street's.
describe("dunhuang-opinions/charity-supermarket (in the street's service center)", () => {
  const id = "dunhuang-opinions/charity-supermarket";
  const street = (fields: Record<string, unknown>) => ({ kind: "street", id: "s", ...fields });
  it.each([
    ["a center with an outlet", { serviceCenter: true, charitySupermarket: true }, "pass", []],
    ["a center without one", { serviceCenter: true, charitySupermarket: false }, "fail", []],
    ["no center: asked for the center first (street-service-center), not this", { serviceCenter: false, charitySupermarket: false }, "not-applicable", []],
    ["center unknown", { charitySupermarket: true }, "insufficient-data", ["serviceCenter"]],
    ["outlet unknown", { serviceCenter: true }, "insufficient-data", ["charitySupermarket"]],
  ])("%s → %s", (_, fields, status, missing) => {
    expect(findingOf(id, street(fields), ASOF)).toMatchObject({ status, missing });
  });

  it("is a street rule: a community row cannot carry it", () => {
    expect(rules.find((r) => r.id === id)?.subject).toBe("street");
  });
});

describe("dunhuang-opinions (十二): the street's service center and the community's service station", () => {
  it.each([
    ["dunhuang-opinions/street-service-center", "street", "serviceCenter"],
    ["dunhuang-opinions/community-service-station", "community", "serviceStation"],
  ])("%s", (id, kind, key) => {
    expect(findingOf(id, { kind, id: "x", [key]: true }, ASOF).status).toBe("pass");
    expect(findingOf(id, { kind, id: "x", [key]: false }, ASOF).status).toBe("fail");
    expect(findingOf(id, { kind, id: "x" }, ASOF)).toMatchObject({ status: "insufficient-data", missing: [key] });
  });
});

describe("dunhuang-opinions/party-member-stations (四): three stations per community", () => {
  const id = "dunhuang-opinions/party-member-stations";
  const stations = (floatingMemberService: boolean, floatingMemberRegistration: boolean, employedMemberLiaison: boolean) =>
    community({ partyStations: { floatingMemberService, floatingMemberRegistration, employedMemberLiaison } });
  it.each([
    ["all three", stations(true, true, true), "pass", 3, null],
    ["two of three (one below)", stations(true, true, false), "fail", 2, 1],
    ["none", stations(false, false, false), "fail", 0, 3],
  ])("%s → %s", (_, subject, status, measured, shortfall) => {
    expect(findingOf(id, subject, ASOF)).toMatchObject({ status, measured, shortfall });
  });

  it("names the station that is lacking", () => {
    expect(findingOf(id, stations(true, true, false), ASOF).message.zh).toContain("缺少：社区在职党员联络站");
  });

  it("names each unrecorded station", () => {
    expect(findingOf(id, community({ partyStations: { floatingMemberService: true } }), ASOF)).toMatchObject({
      status: "insufficient-data",
      missing: ["partyStations.floatingMemberRegistration", "partyStations.employedMemberLiaison"],
    });
  });
});

// 按年度 (十七) and 每年 (二十一): every year from the one the opinions bind (2007, issue 22) must have
// one; the running year is pending until it does, and a year missed stays missed.
describe.each([
  ["dunhuang-opinions/worker-training-yearly", "workerTrainings"],
  ["dunhuang-opinions/model-community-selection-yearly", "modelSelections"],
])("%s (every year)", (id, key) => {
  const city = (days?: string[]) => ({ kind: "city", id: "dh", ...(days && { [key]: days }) });
  /** One a year, in November, from 2007 to `last`, but the years skipped. */
  const yearly = (last: number, skip: number[] = []) => Array.from({ length: last - 2006 }, (_, i) => 2007 + i).filter((y) => !skip.includes(y)).map((y) => `${y}-11-01`);
  it.each([
    ["every year and this one", [...yearly(2011), "2012-03-01"], ASOF, "pass", 6, null],
    ["every year but this one: pending", yearly(2011), ASOF, "pending", 5, 1],
    ["2011 without: fail", [...yearly(2010), "2012-03-01"], ASOF, "fail", 5, 1],
    ["2009 without, years ago: still a failure", [...yearly(2011, [2009]), "2012-03-01"], ASOF, "fail", 5, 1],
    ["on 31 December with none yet: pending", yearly(2011), "2012-12-31", "pending", 5, 1],
    ["on 1 January after a year without: fail", yearly(2011), "2013-01-01", "fail", 5, 2],
    ["a date after the as-of day is not yet known", [...yearly(2011), "2012-07-01"], ASOF, "pending", 5, 1],
    ["in 2007, the first year, only it is asked", [], "2007-12-01", "pending", 0, 1],
  ])("%s", (_, days, asOf, status, measured, shortfall) => {
    const years = Number(asOf.slice(0, 4)) - 2006;
    expect(findingOf(id, city(days), asOf)).toMatchObject({ status, measured, shortfall, required: { comparison: "every-year", value: years, unit: "years" } });
  });

  it("needs the dates", () => {
    expect(findingOf(id, city(), ASOF)).toMatchObject({ status: "insufficient-data", missing: [key] });
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
  it.each(rules.filter((r) => r.document === "dunhuang-opinions").map((r) => [r.id]))("%s binds from 2007-10-22, after the 17th Party Congress it cites, and its note says so", (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(findingOf(id, { kind: rule.subject, id: "x" }, "2007-10-21").status).toBe("not-applicable");
    expect(findingOf(id, { kind: rule.subject, id: "x" }, "2007-10-22").status).not.toBe("not-applicable");
    expect(rule.note).toMatch(/in force from 2007-10-22/);
  });
});

describe("dunhuang-opinions/paired-unit-practical-matters: what it measures and says", () => {
  const id = "dunhuang-opinions/paired-unit-practical-matters";
  const matters = (list: [number, number][]) => list.map(([year, count]) => ({ year, count }));
  it.each([
    ["both years done by both", [{ name: "税务局", practicalMatters: matters([[2011, 1], [2012, 1]]) }, { name: "供电公司", practicalMatters: matters([[2011, 2], [2012, 1]]) }],
      { met: true, notYetDue: true, measured: 2, shortfall: null }, undefined],
    ["the second, unnamed, did none last year", [{ name: "税务局", practicalMatters: matters([[2011, 1], [2012, 1]]) }, { practicalMatters: matters([[2012, 1]]) }],
      { met: false, notYetDue: false, measured: 1, shortfall: 1 }, { zh: "2011年未办实事：#2", en: "no practical matter in 2011: #2" }],
    ["two entries of one year add up; the running year is not done by the first", [{ name: "税务局", practicalMatters: matters([[2011, 0], [2011, 1]]) }, { name: "供电公司", practicalMatters: matters([[2011, 1], [2012, 1]]) }],
      { met: false, notYetDue: true, measured: 2, shortfall: null }, { zh: "2012年尚未办实事：税务局", en: "none yet in 2012: 税务局" }],
    ["both short both years: last year is named", [{ name: "甲", practicalMatters: [] }, { name: "乙", practicalMatters: matters([[2010, 3]]) }],
      { met: false, notYetDue: false, measured: 0, shortfall: 2 }, { zh: "2011年未办实事：甲、乙", en: "no practical matter in 2011: 甲、乙" }],
  ])("%s", (_, pairedUnits, expected, detail) => {
    expect(outcomeFor(id, community({ pairedUnits }), ASOF)).toEqual({ kind: "measured", ...expected, required: { comparison: "at-least", value: pairedUnits.length, unit: "count" }, ...(detail && { detail }) });
  });

  it("names every unit whose matters are not recorded, and asks for the list itself", () => {
    expect(outcomeFor(id, community({ pairedUnits: [{ name: "甲" }, { name: "乙", practicalMatters: [] }, { name: "丙" }] }), ASOF)).toEqual({ kind: "missing", missing: ["pairedUnits[0].practicalMatters", "pairedUnits[2].practicalMatters"] });
    expect(outcomeFor(id, community({}), ASOF)).toEqual({ kind: "missing", missing: ["pairedUnits"] });
    expect(outcomeFor(id, community({ pairedUnits: [] }), ASOF)).toEqual({ kind: "not-applicable", reason: { zh: "社区无结对共建单位", en: "the community has no paired units" } });
  });
});

describe("Dunhuang: reasons, units and what is missing, written whole", () => {
  it.each([
    ["dunhuang-opinions/direct-election-participation", community({ residentsCommittee: { election: { direct: false } } }), { kind: "not-applicable", reason: { zh: "居委会非直选产生", en: "the committee was not directly elected" } }],
    ["dunhuang-opinions/charity-supermarket", { kind: "street", id: "s", serviceCenter: false }, { kind: "not-applicable", reason: { zh: "街道未建社区服务中心", en: "the street has no community service center" } }],
    ["dunhuang-opinions/civil-organizations-professional", community({}), { kind: "missing", missing: ["civilOrganizations"] }],
    ["dunhuang-opinions/civil-organizations-general", community({ civilOrganizations: [{ category: "service" }] }),
      { kind: "measured", met: false, measured: 1, required: { comparison: "at-least", value: 2, unit: "count" }, shortfall: 1 }],
    ["dunhuang-opinions/civil-organizations-professional", community({ civilOrganizations: [{ category: "professional", takesOnGovernmentAffairs: true }] }),
      { kind: "measured", met: true, measured: 1, required: { comparison: "at-least", value: 1, unit: "count" }, shortfall: null }],
    ["dunhuang-opinions/personnel-funding", community({ funding: { provincialPersonnelYuan: "29999.99" } }),
      { kind: "measured", met: false, measured: "29999.99", required: { comparison: "at-least", value: "30000.00", unit: "yuan" }, shortfall: "0.01" }],
    ["dunhuang-opinions/worker-wage-floor", community({ workers: { annualPayYuan: 42000, localAverageWagePreviousYearYuan: "42000.50" } }),
      { kind: "measured", met: false, measured: "42000", required: { comparison: "at-least", value: "42000.50", unit: "yuan" }, shortfall: "0.50" }],
  ])("%s", (id, subject, expected) => {
    expect(outcomeFor(id, subject, ASOF)).toEqual(expected);
  });
});
