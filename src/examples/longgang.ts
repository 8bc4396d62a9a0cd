import type { Project, Street } from "../schema/subject";

/**
 * A Longgang street with one community, and a housing project in it, as an officer would enter them
 * in mid-2010: some standards met, some failed, the art. 32 rooms still pending until the end of 2010,
 * and some data not yet collected.
 */
export const longgangStreet: Street = {
  kind: "street",
  id: "nanwan",
  name: "南湾街道",
  jurisdiction: "longgang",
  assessments: [
    { year: 2008, passed: true },
    { year: 2009, passed: false },
  ],
  communityBuildingCoordinationGroup: true,
  partyCoordinationCommittee: { chairIsWorkingCommitteeSecretary: true, deputySecretaryInCharge: false },
  communities: [
    {
      kind: "community",
      id: "shatang",
      name: "沙塘布社区",
      population: 12500,
      households: 4100,
      partyMembers: 56,
      partyOrganization: {
        form: "branch",
        committeeMembers: 5,
        secretaries: 1,
        deputySecretaries: 1,
        jointMeetings: ["2010-02-03", "2010-05-12"],
      },
      residentsCommittee: { members: 7, directors: 1, deputyDirectors: 2, membersOnPartyCommittee: 5 },
      oneStopServiceWindow: true,
      partyCoordinationCommittee: true,
      committeeMembersAtWorkStation: 4,
      workers: { reviews: ["2009-12-28"] },
      rooms: [
        { name: "综合办公楼一层", functions: ["office"], areaM2: "210.5" },
        { name: "党员之家", functions: ["party-activity", "library"], areaM2: 120 },
        { name: "警务室", functions: ["police"], areaM2: 45 },
        { name: "调解维稳室", functions: ["mediation", "stability-governance"], areaM2: 32 },
        { name: "星光老年之家", functions: ["elderly-home"], areaM2: 180 },
        { name: "社康中心", functions: ["health-center"], areaM2: 420 },
        { name: "文体广场", functions: ["outdoor-plaza"], areaM2: 1200 },
      ],
      villageConversion: { newlyEstablished: true, officeSpaceProvidedM2: 380 },
      shareholdingCompany: true,
      urbanizationTransition: true,
      meetsShenzhenStandard: true,
      meetsModelStandard: false,
      funding: {
        startupFundYuan: 200000,
        workStation: { totalYuan: "600000.00", districtYuan: "200000.00", streetYuan: "200000.00", companyYuan: "200000.00" },
      },
    },
  ],
};

export const longgangProject: Project = {
  kind: "project",
  id: "buji-garden",
  name: "布吉花园（新建住宅小区）",
  jurisdiction: "longgang",
  buildingAreaM2: 45000,
  serviceSpaceM2: 120,
  salePricePerM2Yuan: "8650.50",
  accepted: true,
  serviceSpaceAgreementSigned: true,
  serviceSpaceDelivered: true,
  phased: true,
  serviceSpacePhase: 2,
};
