import { describe, expect, it } from "vitest";
import { outcomeFor } from "../../helpers";

// What each clause measures and says, written whole: the reasons a clause does not apply, the units
// of its requirements and the details a clerk reads. Figures worked out by hand in the comments.
const AS_OF = "2012-06-30";
const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", jurisdiction: "longgang", ...fields });
const project = (fields: Record<string, unknown>) => ({ kind: "project", id: "p", jurisdiction: "longgang", ...fields });
const notApplicable = (zh: string, en: string) => ({ kind: "not-applicable", reason: { zh, en } });

describe("Longgang: why a clause does not apply", () => {
  it.each([
    ["longgang-2005/party-committee-members", community({ partyOrganization: { form: "none" } }), notApplicable("社区未建立党组织", "the community has no party organization")],
    ["longgang-2005/party-organization-form", community({ partyMembers: 2 }), notApplicable("正式党员不足3人", "fewer than 3 formal party members")],
    ["longgang-2005/reserved-land", community({}), notApplicable("无城市化转地", "no land transferred during urbanization")],
    ["longgang-2005/in-lieu-payment", project({ buildingAreaM2: 45000, serviceSpaceM2: 150 }), notApplicable("服务用房已足额提供，无需代缴", "the space is provided in full; nothing is owed")],
    ["longgang-2005/old-community-subsidy", community({ oldCommunityWithoutSpace: false, underdevelopedWithoutHousing: false }), notApplicable("既非无服务用房的老社区，也非欠发达无商品房开发的社区", "neither an old community without service space nor an underdeveloped one without housing development")],
    ["longgang-2005/acceptance-requires-service-space", project({ accepted: false }), notApplicable("项目尚未验收", "the project has not been accepted")],
    ["longgang-2005/phased-project-space-first", project({ phased: false }), notApplicable("项目不分期建设", "the project is not built in phases")],
    ["longgang-2005/village-conversion-office-space", community({}), notApplicable("非“村改居”社区", "not a village-conversion (村改居) community")],
    ["longgang-2005/work-station-funding-thirds", community({ shareholdingCompany: false }), notApplicable("社区无股份合作公司", "no shareholding company")],
    ["longgang-2005/work-station-funding-thirds", community({ shareholdingCompany: true, urbanizationTransition: false }), notApplicable("不在城市化过渡期内", "not in the urbanization transition period")],
    ["longgang-2005/village-conversion-startup-fund", community({ villageConversion: { newlyEstablished: false } }), notApplicable("非新设立的“村改居”社区", "not newly established")],
    ["longgang-2005/cross-appointment", community({ residentsCommittee: { members: 0, membersOnPartyCommittee: 0 } }), notApplicable("居委会无成员", "the residents committee has no members")],
    ["longgang-2005/work-station-appointment", community({ partyOrganization: { committeeMembers: 0 }, residentsCommittee: { members: 0, membersOnPartyCommittee: 0 }, committeeMembersAtWorkStation: 0 }),
      notApplicable("两委无成员", "neither committee has members")],
  ])("%s", (id, subject, expected) => {
    expect(outcomeFor(id, subject, AS_OF)).toEqual(expected);
  });

  it("a committee of one member is a share, not the no-members case", () => {
    expect(outcomeFor("longgang-2005/cross-appointment", community({ residentsCommittee: { members: 1, membersOnPartyCommittee: 1 } }), AS_OF)).toMatchObject({ kind: "measured", measured: "100.00" });
  });
});

describe("Longgang: the figures and details of a measured clause", () => {
  it.each([
    // 1/300 of 45,000 m² is 150 m²; 100 provided, 50 short × 100 yuan = 5,000.00 yuan owed.
    ["art. 33: an amount owed with no payment recorded", "longgang-2005/in-lieu-payment", project({ buildingAreaM2: 45000, serviceSpaceM2: 100, salePricePerM2Yuan: 100 }),
      { kind: "measured", met: false, report: true, measured: null, required: { comparison: "at-least", value: "5000.00", unit: "yuan" }, shortfall: null, detail: { zh: "应缴 5000.00 元，尚无缴款记录", en: "5000.00 yuan owed; no payment recorded" } }],
    ["art. 33: a payment a fen short", "longgang-2005/in-lieu-payment", project({ buildingAreaM2: 45000, serviceSpaceM2: 100, salePricePerM2Yuan: 100, inLieuPaidYuan: "4999.99" }),
      { kind: "measured", met: false, measured: "4999.99", required: { comparison: "at-least", value: "5000.00", unit: "yuan" }, shortfall: "0.01" }],
    ["art. 34: a subsidy owed", "longgang-2005/old-community-subsidy", community({ oldCommunityWithoutSpace: true }),
      { kind: "measured", met: false, report: true, measured: null, required: { comparison: "at-least", value: "1500000.00", unit: "yuan" }, shortfall: null, detail: { zh: "符合条件，应补贴 1500000.00 元", en: "eligible for a subsidy of 1500000.00 yuan" } }],
    ["art. 34: a subsidy granted in full", "longgang-2005/old-community-subsidy", community({ oldCommunityWithoutSpace: true, funding: { oldCommunitySubsidyYuan: 1500000 } }),
      { kind: "measured", met: true, measured: "1500000", required: { comparison: "at-least", value: "1500000.00", unit: "yuan" }, shortfall: null }],
    ["art. 30: reserved land within 3,000–5,000 m²", "longgang-2005/reserved-land", community({ urbanizationLandTransfer: { reservedLandM2: 5000 } }),
      { kind: "measured", met: true, measured: "5000", required: { comparison: "at-least", value: "3000.00", unit: "m2" }, shortfall: null }],
    ["art. 30: over 5,000 m² is reported", "longgang-2005/reserved-land", community({ urbanizationLandTransfer: { reservedLandM2: "5000.01" } }),
      { kind: "measured", met: true, measured: "5000.01", required: { comparison: "at-least", value: "3000.00", unit: "m2" }, shortfall: null, detail: { zh: "超过5000平方米，予以报告", en: "more than 5000 m², reported" } }],
    ["art. 38: office space a square metre short", "longgang-2005/village-conversion-office-space", community({ villageConversion: { officeSpaceProvidedM2: 349 } }),
      { kind: "measured", met: false, measured: "349", required: { comparison: "at-least", value: "350.00", unit: "m2" }, shortfall: "1.00" }],
    ["art. 47: a start-up fund a fen short", "longgang-2005/village-conversion-startup-fund", community({ villageConversion: { newlyEstablished: true }, funding: { startupFundYuan: "199999.99" } }),
      { kind: "measured", met: false, measured: "199999.99", required: { comparison: "at-least", value: "200000.00", unit: "yuan" }, shortfall: "0.01" }],
    ["art. 35: not the first phase", "longgang-2005/phased-project-space-first", project({ phased: true, serviceSpacePhase: 2 }),
      { kind: "measured", met: false, measured: 2, required: { comparison: "equals", value: 1, unit: "count" }, shortfall: null, detail: { zh: "超出上限1个", en: "exceeds the upper bound by 1" } }],
    ["art. 12: a party committee of 8", "longgang-2005/party-committee-members", community({ partyOrganization: { form: "branch", committeeMembers: 8 } }),
      { kind: "measured", met: false, measured: 8, required: { comparison: "within", min: 3, max: 7, unit: "people" }, shortfall: null, detail: { zh: "超出上限1人", en: "exceeds the upper bound by 1 person" } }],
  ])("%s", (_, id, subject, expected) => {
    expect(outcomeFor(id, subject, AS_OF)).toEqual(expected);
  });

  it.each([
    // 100.00 / 3 = 33.33⅓: shares of 33.34, 33.33, 33.33 are each within a fen of a third.
    ["three thirds to the fen", { totalYuan: 100, districtYuan: "33.34", streetYuan: "33.33", companyYuan: "33.33" }, { met: true, measured: "33.34 / 33.33 / 33.33" }],
    ["the street and the company off", { totalYuan: 90, districtYuan: 30, streetYuan: 40, companyYuan: 20 },
      { met: false, measured: "30.00 / 40.00 / 20.00", detail: { zh: "偏离三分之一：街道、股份合作公司", en: "not one third: street, company" } }],
  ])("art. 44: %s", (_, workStation, expected) => {
    const outcome = outcomeFor("longgang-2005/work-station-funding-thirds", community({ shareholdingCompany: true, urbanizationTransition: true, funding: { workStation } }), AS_OF);
    expect(outcome).toMatchObject({ kind: "measured", shortfall: null, required: { comparison: "equals", unit: "yuan" }, ...expected });
    expect("detail" in outcome).toBe(!expected.met);
  });

  it("art. 12: the exception says why a joint branch is accepted", () => {
    const subject = community({ partyMembers: 60, partyOrganization: { form: "joint-branch", lacksGeneralBranchConditions: true } });
    expect(outcomeFor("longgang-2005/party-organization-form", subject, AS_OF)).toEqual({
      kind: "measured",
      met: true,
      measured: "joint-branch",
      required: { comparison: "one-of", value: ["branch", "general-branch", "joint-branch"] },
      shortfall: null,
      detail: { zh: "不具备设立社区党总支条件，社区党组织与股份合作公司党组织暂不分设（第十二条）", en: "lacks the conditions for a general branch: the party organization is not yet split from the company's (art. 12)" },
    });
    expect(outcomeFor("longgang-2005/party-organization-form", community({ partyMembers: 60, partyOrganization: { lacksGeneralBranchConditions: true } }), AS_OF)).toEqual({ kind: "missing", missing: ["partyOrganization.form"] });
    expect(outcomeFor("longgang-2005/party-organization-form", community({ partyMembers: 60, partyOrganization: { form: "branch", lacksGeneralBranchConditions: false } }), AS_OF)).toMatchObject({ met: false, required: { value: ["general-branch"] } });
  });

  it("art. 32: says a shared room is counted, and says nothing of a room of its own", () => {
    const rooms = (functions: string[]) => community({ rooms: [{ functions, areaM2: 100 }] });
    expect(outcomeFor("longgang-2005/facility-area/library", rooms(["library", "party-activity"]), AS_OF)).toMatchObject({ detail: { zh: "面积含一室多用的共用房间", en: "the area includes a room shared with other functions" } });
    expect("detail" in outcomeFor("longgang-2005/facility-area/library", rooms(["library"]), AS_OF)).toBe(false);
  });

  it("art. 15: names the quarters without a meeting", () => {
    const subject = community({ partyOrganization: { jointMeetings: ["2005-09-01", "2005-12-01", "2006-02-01"] } });
    expect(outcomeFor("longgang-2005/joint-meeting-quarterly", subject, "2006-07-01")).toMatchObject({ met: false, detail: { zh: "未开会的季度：2006年第2季度、2006年第3季度（进行中）", en: "quarters without a meeting: 2006 Q2, 2006 Q3 (running)" } });
  });
});

describe("Longgang art. 35: delivered, or paid in lieu", () => {
  const accepted = (fields: Record<string, unknown>) => project({ accepted: true, buildingAreaM2: 45000, serviceSpaceM2: 100, salePricePerM2Yuan: 100, ...fields });
  const id = "longgang-2005/acceptance-requires-service-space";
  it.each([
    ["delivered", { serviceSpaceDelivered: true }, { kind: "measured", met: true, measured: true, required: { comparison: "is-true", value: true }, shortfall: null }],
    ["not delivered, nothing paid", { serviceSpaceDelivered: false }, { kind: "measured", met: false, measured: false, required: { comparison: "is-true", value: true }, shortfall: null }],
    ["not delivered, paid in full", { serviceSpaceDelivered: false, inLieuPaidYuan: 5000 },
      { kind: "measured", met: true, measured: false, required: { comparison: "is-true", value: true }, shortfall: null, detail: { zh: "已按规定代缴资金", en: "paid in lieu in full" } }],
    ["not delivered, paid a fen short", { serviceSpaceDelivered: false, inLieuPaidYuan: "4999.99" }, { kind: "measured", met: false, measured: false, required: { comparison: "is-true", value: true }, shortfall: null }],
    ["not delivered, paid, with no sale price to reckon it", { serviceSpaceDelivered: false, inLieuPaidYuan: 5000, salePricePerM2Yuan: undefined }, { kind: "missing", missing: ["salePricePerM2Yuan"] }],
    ["delivered unknown", {}, { kind: "missing", missing: ["serviceSpaceDelivered"] }],
  ])("%s", (_, fields, expected) => {
    expect(outcomeFor(id, accepted(fields), AS_OF)).toEqual(expected);
  });
});
