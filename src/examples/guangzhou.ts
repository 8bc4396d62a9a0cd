import type { City } from "../schema/subject";

/**
 * Guangzhou in early 2014: the 2000 pilot notice's deadlines have passed, the 2011 opinions' 2015
 * targets are still pending. The pilot street answers to both elderly-bed figures.
 */
export const guangzhouCity: City = {
  kind: "city",
  id: "guangzhou",
  name: "广州市",
  jurisdiction: "guangzhou",
  population: 12700000,
  elderlyPopulation: 1330000,
  elderlyCareBeds: 38600,
  socialWorkers: 5200,
  residentsCommittees: 1500,
  directlyElectedCommittees: 640,
  modelSelections: ["2012-11-20"],
  socialConstructionCommittee: true,
  districts: [
    {
      kind: "district",
      id: "tianhe",
      name: "天河区",
      pilot: false,
      socialConstructionCommittee: true,
      streets: [
        {
          kind: "street",
          id: "shipai",
          name: "石牌街",
          pilot: true,
          population: 98500,
          serviceCenterAreaM2: "960.5",
          serviceCenterPosts: 3,
          cultureStationGrade: "first",
          elderlyPopulation: 11200,
          elderlyCareBeds: 120,
          welfareServiceCenter: false,
          oneTeamThreeCenters: { governmentServiceCenter: true, governanceCenter: true, familyServiceCenter: true, lawEnforcementTeam: true },
          fiveOnes: { familyServiceCenter: true, cultureCenter: true, sportsPark: false, healthServiceCenter: true, videoSurveillance: true },
          communities: [
            {
              kind: "community",
              id: "pailou",
              name: "牌坊社区",
              population: 8600,
              volunteers: 240,
              generalPractitioners: 1,
              serviceStation: true,
              partyOrganization: { form: "branch", hasFullTimeStaff: true, hasOffice: true, hasActivityFunds: false },
              residentsCommittee: { directorIsPartySecretary: true, fullTimeStaff: 9, fullTimeStaffPartyMembers: 5 },
            },
          ],
        },
      ],
    },
  ],
};
