import { describe, expect, it } from "vitest";
import { findingOf } from "../helpers";

// The second round of standards added from the seeds (issue 22): each case worked out by hand from
// the clause, at its boundary and one step either side.

type Fields = Record<string, unknown>;
const subject = (kind: string, fields: Fields) => ({ kind, id: "x", ...fields });

// A yes/no requirement: done passes, not done fails, unknown names the field, never a guess.
describe.each([
  ["guangzhou-2000/street-party-work-committee", "street", "partyWorkCommittee", "2003-01-01", { pilot: true }],
  ["guangzhou-2000/consultative-committee", "street", "consultativeCommittee", "2003-01-01", { pilot: true }],
  ["guangzhou-2000/service-center-staff-budget", "district", "serviceCenterStaffInBudget", "2003-01-01", { pilot: true }],
  ["dunhuang-opinions/unit-community-space", "community", "unitProvidesSpace", "2012-01-01", { nonEnterpriseUnitCommunity: true }],
  ["guangzhou-2011/activity-funding-by-residents", "community", "activityFundingByResidents", "2012-01-01", {}],
  ["longgang-2005/old-community-priority", "project", "oldCommunitySpaceFirst", "2012-01-01", { inOldCommunityLackingSpace: true }],
  ["longgang-2005/village-conversion-funding", "community", "constructionFundingShared", "2012-01-01", { villageConversion: {}, urbanizationTransition: true }],
] as const)("%s", (id, kind, path, asOf, extra) => {
  it.each([
    [true, "pass"],
    [false, "fail"],
  ] as const)("%s → %s", (value, status) => {
    expect(findingOf(id, subject(kind, { ...extra, [path]: value }), asOf)).toMatchObject({ status, modality: "requirement" });
  });
  it("unknown → insufficient data, naming the field", () => {
    expect(findingOf(id, subject(kind, extra), asOf)).toMatchObject({ status: "insufficient-data", missing: [path] });
  });
  it("says in its note that it was added from the seed", () => {
    expect(findingOf(id, subject(kind, { ...extra, [path]: true }), asOf).note).toMatch(/issue 22/);
  });
});

describe("whom the new rules bind, never guessed", () => {
  it.each([
    ["guangzhou-2000/street-party-work-committee", "street", { partyWorkCommittee: false, pilot: false }, "2003-01-01", "not-applicable"],
    ["guangzhou-2000/street-party-work-committee", "street", { partyWorkCommittee: false, pilot: true }, "2000-11-22", "not-applicable"],
    ["guangzhou-2000/street-party-work-committee", "street", { partyWorkCommittee: false, pilot: true }, "2000-11-23", "fail"],
    ["dunhuang-opinions/unit-community-space", "community", { unitProvidesSpace: false, nonEnterpriseUnitCommunity: false }, "2012-01-01", "not-applicable"],
    ["dunhuang-opinions/unit-community-space", "community", { unitProvidesSpace: false }, "2012-01-01", "insufficient-data"],
    ["longgang-2005/old-community-priority", "project", { oldCommunitySpaceFirst: false, inOldCommunityLackingSpace: false }, "2012-01-01", "not-applicable"],
    ["longgang-2005/village-conversion-funding", "community", { constructionFundingShared: false, urbanizationTransition: true }, "2012-01-01", "not-applicable"],
    ["longgang-2005/village-conversion-funding", "community", { constructionFundingShared: false, villageConversion: {}, urbanizationTransition: false }, "2012-01-01", "not-applicable"],
    ["longgang-2005/village-conversion-funding", "community", { constructionFundingShared: false, villageConversion: {} }, "2012-01-01", "insufficient-data"],
    ["longgang-2005/transition-cross-appointment", "community", { leadersCrossAppointed: true, urbanizationTransition: false }, "2012-01-01", "not-applicable"],
  ] as const)("%s, %j on %s → %s", (id, kind, fields, asOf, status) => {
    expect(findingOf(id, subject(kind, fields), asOf).status).toBe(status);
  });
});

// Several things at once: each lacking one is named, an unknown one is missing data.
describe.each([
  ["guangzhou-2000/mass-organizations", "street", ["massOrganizations.tradeUnion", "massOrganizations.youthLeague", "massOrganizations.womensOrganization"], ["工会", "共青团", "妇女组织"], { pilot: true }, "2003-01-01"],
  ["guangzhou-2000/party-conduct-supervision", "street", ["partyConduct.supervisionStation", "partyConduct.contactCards"], ["社区党风监督站", "在职党员社区活动联系卡"], { pilot: true }, "2003-01-01"],
  ["guangzhou-2000/network-service-center", "street", ["network.serviceCenter", "network.touchScreens"], ["计算机网络服务中心", "电子触摸屏"], { pilot: true }, "2003-01-01"],
  ["dunhuang-opinions/leading-group", "city", ["leadingGroup.established", "leadingGroup.officeEstablishment", "leadingGroup.fullTimeStaff", "leadingGroup.funds"], ["社区建设领导小组", "办公室机构编制", "专职人员", "工作经费"], {}, "2012-01-01"],
  ["guangzhou-2011/six-ones", "city", ["sixOnes.governmentServiceCenter", "sixOnes.network", "sixOnes.platform", "sixOnes.database", "sixOnes.citizenWebPage", "sixOnes.socialSecurityCard"], ["政务服务中心", "四级信息网络", "社区服务管理信息平台", "社区服务管理共享数据库", "市民网页", "社会保障卡"], {}, "2012-01-01"],
  ["longgang-2005/service-space-ownership", "project", ["serviceSpaceTitleToDistrict", "serviceSpaceUseByCommunity"], ["产权归区政府", "使用权归社区居委会和社区工作站"], {}, "2012-01-01"],
] as const)("%s", (id, kind, paths, names, extra, asOf) => {
  const nested = (values: Record<string, boolean>): Fields => {
    const out: Fields = { ...extra };
    for (const [path, value] of Object.entries(values)) {
      const [head, tail] = path.split(".") as [string, string | undefined];
      if (tail === undefined) out[head] = value;
      else out[head] = { ...(out[head] as Fields | undefined), [tail]: value };
    }
    return out;
  };
  const all = (value: boolean) => Object.fromEntries(paths.map((p) => [p, value]));

  it("all there → met", () => {
    expect(findingOf(id, subject(kind, nested(all(true))), asOf).status).toBe("pass");
  });
  it.each(paths.map((path, i) => [path, names[i]!]))("without %s → not met, naming %s", (path, name) => {
    const f = findingOf(id, subject(kind, nested({ ...all(true), [path]: false })), asOf);
    // None of these has a due date: a lacking item fails at once.
    expect(f.status).toBe("fail");
    expect(f.message.zh).toContain(name);
    expect(f.shortfall).toBe(1);
  });
  it("one unknown → insufficient data naming it", () => {
    const known = Object.fromEntries(paths.slice(1).map((p) => [p, true]));
    expect(findingOf(id, subject(kind, nested(known)), asOf)).toMatchObject({ status: "insufficient-data", missing: [paths[0]] });
  });
});

describe("targets: reported against their dates", () => {
  it.each([
    [{ newServiceSystem: false }, "2020-12-31", "pending"],
    [{ newServiceSystem: false }, "2021-01-01", "fail"],
    [{ newServiceSystem: true }, "2015-01-01", "pass"],
  ])("guangzhou-2011/new-system-by-2020 %j on %s → %s", (fields, asOf, status) => {
    expect(findingOf("guangzhou-2011/new-system-by-2020", subject("city", fields), asOf)).toMatchObject({ status, modality: "target", due: "2020-12-31" });
  });

  it.each([
    [0, "2010-12-31", "pending"],
    [0, "2011-01-01", "fail"],
    [1, "2011-01-01", "pass"],
  ])("linyi-report/advanced-communities-by-2010 with %i on %s → %s", (count, asOf, status) => {
    expect(findingOf("linyi-report/advanced-communities-by-2010", subject("city", { advancedCommunities: count }), asOf)).toMatchObject({ status, modality: "target" });
  });

  it.each([
    [false, "fail"],
    [true, "pass"],
  ])("dunhuang-opinions/city-subsidy-raised %s → %s (no date)", (workSubsidyRaised, status) => {
    expect(findingOf("dunhuang-opinions/city-subsidy-raised", subject("city", { workSubsidyRaised }), "2012-01-01")).toMatchObject({ status, modality: "target" });
  });

  it("linyi-report/one-hall-service-center is guidance, asked of the street", () => {
    expect(findingOf("linyi-report/one-hall-service-center", subject("street", { oneHallServiceCenter: false }), "2002-01-01")).toMatchObject({ status: "fail", modality: "guidance" });
  });
});

describe("permissions and shares the text names no figure for: reported, never failed", () => {
  it.each([true, false])("longgang-2005/secretary-heads-work-station %s → info", (value) => {
    expect(findingOf("longgang-2005/secretary-heads-work-station", subject("community", { secretaryHeadsWorkStation: value }), "2012-01-01")).toMatchObject({ status: "info", modality: "permission" });
  });
  it.each([true, false])("longgang-2005/transition-cross-appointment %s in the transition → info", (value) => {
    expect(findingOf("longgang-2005/transition-cross-appointment", subject("community", { leadersCrossAppointed: value, urbanizationTransition: true }), "2012-01-01").status).toBe("info");
  });

  describe.each([
    ["guangzhou-2000/committee-cross-appointment", "2003-01-01", { pilot: true }],
    ["guangzhou-2011/party-committee-cross-appointment", "2012-01-01", {}],
  ] as const)("%s", (id, asOf, extra) => {
    it.each([
      [5, 7, "71.43"],
      [0, 7, "0.00"],
      [7, 7, "100.00"],
    ])("%i of %i members → info, %s%%", (cross, members, measured) => {
      const f = findingOf(id, subject("community", { ...extra, residentsCommittee: { members, membersOnPartyCommittee: cross } }), asOf);
      expect(f).toMatchObject({ status: "info", modality: "guidance", measured });
      expect(f.message.zh).toContain("只报告（条文未定比例）");
    });
    it("a committee without members has no share", () => {
      expect(findingOf(id, subject("community", { ...extra, residentsCommittee: { members: 0, membersOnPartyCommittee: 0 } }), asOf).status).toBe("not-applicable");
    });
    it("unknown members → insufficient data", () => {
      expect(findingOf(id, subject("community", { ...extra, residentsCommittee: { membersOnPartyCommittee: 1 } }), asOf)).toMatchObject({ status: "insufficient-data", missing: ["residentsCommittee.members"] });
    });
  });
});

describe("yearly: every year since the document counts, a missed one stays visible", () => {
  const review = (serviceUnitReviews: string[], asOf: string) => findingOf("guangzhou-2000/service-unit-review-yearly", subject("district", { pilot: true, serviceUnitReviews }), asOf);
  it.each([
    [["2000-12-01", "2001-12-31", "2002-01-01"], "2002-12-31", "pass"],
    [["2000-12-01", "2001-12-31", "2002-01-01"], "2003-01-01", "pending"],
    [["2000-12-01", "2002-06-01", "2003-01-01"], "2003-01-01", "fail"],
    [["2000-12-01", "2001-06-01", "2002-06-01"], "2001-05-31", "pending"],
  ])("reviews %j on %s → %s", (days, asOf, status) => {
    expect(review(days, asOf).status).toBe(status);
  });
  it("names the year without a review", () => {
    expect(review(["2000-12-01", "2002-06-01", "2003-01-01"], "2003-01-01").message.zh).toContain("2001年");
  });

  const plan = (fields: Fields, asOf: string) => findingOf("longgang-2005/renovation-plan-yearly", subject("street", fields), asOf);
  it.each([
    [{ incompleteInfrastructure: true, renovationPlans: ["2005-08-01", "2006-01-10"] }, "2006-12-31", "pass"],
    [{ incompleteInfrastructure: true, renovationPlans: ["2005-08-01", "2006-01-10"] }, "2007-01-01", "pending"],
    [{ incompleteInfrastructure: true, renovationPlans: ["2005-08-01", "2007-01-10"] }, "2007-06-01", "fail"],
    [{ incompleteInfrastructure: false }, "2007-06-01", "not-applicable"],
    [{ renovationPlans: [] }, "2007-06-01", "insufficient-data"],
  ])("longgang-2005/renovation-plan-yearly %j on %s → %s", (fields, asOf, status) => {
    expect(plan(fields, asOf).status).toBe(status);
  });
});

describe("longgang-2005/contract-office-space: the area the contract promised is the floor", () => {
  it.each([
    [{ contractOfficeSpaceM2: "100", contractOfficeSpaceProvidedM2: "99.99" }, "fail", "0.01"],
    [{ contractOfficeSpaceM2: "100", contractOfficeSpaceProvidedM2: "100.00" }, "pass", null],
    [{ contractOfficeSpaceM2: "100", contractOfficeSpaceProvidedM2: "100.01" }, "pass", null],
  ])("%j → %s", (fields, status, shortfall) => {
    expect(findingOf("longgang-2005/contract-office-space", subject("project", { officeSpaceContracted: true, ...fields }), "2012-01-01")).toMatchObject({ status, shortfall });
  });
  it.each([
    [{ officeSpaceContracted: false }, "not-applicable"],
    [{ officeSpaceContracted: true, contractOfficeSpaceM2: 100 }, "insufficient-data"],
  ])("%j → %s", (fields, status) => {
    expect(findingOf("longgang-2005/contract-office-space", subject("project", fields), "2012-01-01").status).toBe(status);
  });
});

describe("longgang-2005/government-purchase: the space short of art. 32, for the government to buy", () => {
  // Art. 32's indoor minimums, each met exactly; the plaza is no 用房 and never asked.
  const MET: Record<string, number | string> = { office: 200, "party-activity": 100, police: 50, "stability-governance": 30, mediation: 30, "elderly-home": 200, "health-center": 400, library: 100 };
  const rooms = (areas: Record<string, number | string>) => Object.entries(areas).map(([fn, areaM2]) => ({ functions: [fn], areaM2 }));
  const purchase = (areas: Record<string, number | string>, extra: Fields = {}) => findingOf("longgang-2005/government-purchase", subject("community", { rooms: rooms(areas), ...extra }), "2012-01-01");

  it("every room at its minimum → nothing to buy, and says so", () => {
    expect(purchase(MET)).toMatchObject({
      status: "not-applicable",
      message: { zh: "政府另行购置服务用房：不适用；服务用房已达第三十二条标准，无需另行购置。", en: "service space for the government to buy: not applicable; the rooms meet art. 32; nothing to buy." },
    });
  });
  it("a police office of 40 m² → 10.00 m² to buy, named", () => {
    const f = purchase({ ...MET, police: 40 });
    expect(f).toMatchObject({ status: "info", required: { comparison: "at-least", value: "10.00", unit: "m2" } });
    expect(f.message.zh).toContain("（警务室差10.00平方米），应由政府另行购置。");
    expect(f.message.en).toContain("(police 10.00 m² short), for the government to buy.");
  });
  it("two rooms short add up, and the cost is construction cost plus 5%, to the fen", () => {
    const f = purchase({ ...MET, police: 40, library: "99.5" }, { spaceConstructionCostPerM2Yuan: "5000" });
    expect(f.required).toMatchObject({ value: "10.50" });
    expect(f.message).toEqual({
      zh: "政府另行购置服务用房：报告；要求不少于10.50平方米；比第三十二条标准少10.50平方米（警务室差10.00平方米、图书室差0.50平方米），应由政府另行购置，购置费55125.00元（建设成本价加5%管理费）。",
      en: "service space for the government to buy: reported; required at least 10.50 m²; 10.50 m² short of art. 32 (police 10.00 m² short, library 0.50 m² short), for the government to buy, at 55125.00 yuan (construction cost plus 5% management fee).",
    });
  });
  it("0.005 m² short → 0.01 m² shown, the cost computed on the exact 0.005", () => {
    const f = purchase({ ...MET, police: "49.995" }, { spaceConstructionCostPerM2Yuan: "3333.33" });
    expect(f.required).toMatchObject({ value: "0.01" });
    expect(f.message.zh).toContain("购置费17.50元");
  });
  it("a room whose function is unrecorded → insufficient data naming it", () => {
    const { library: _, ...withoutLibrary } = MET;
    expect(purchase(withoutLibrary)).toMatchObject({ status: "insufficient-data", missing: ["rooms[function=library]"] });
  });
});
