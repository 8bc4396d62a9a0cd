import type { City, Community } from "../schema/subject";

/** A Lanshan district community in Linyi, as the survey report describes the city's new communities. */
export const linyiCommunity: Community = {
  kind: "community",
  id: "lanshan-jinqueshan",
  name: "金雀山社区",
  jurisdiction: "linyi",
  households: 3400,
  serviceStation: true,
  partyOrganization: { form: "branch" },
  residentsCommittee: { directorIsPartySecretary: false },
};

/** Dunhuang, with one community; its opinions are undated, so they apply on any as-of day. */
export const dunhuangCity: City = {
  kind: "city",
  id: "dunhuang",
  name: "敦煌市",
  jurisdiction: "dunhuang",
  nationalModelCommunities: 1,
  modelSelections: ["2012-12-18"],
  workerTrainings: ["2012-03-12", "2013-04-08"],
  districts: [
    {
      kind: "district",
      id: "shazhou",
      name: "沙州镇",
      streets: [
        {
          kind: "street",
          id: "shazhou-street",
          serviceCenter: true,
          charitySupermarket: true,
          communities: [
            {
              kind: "community",
              id: "fengqing",
              name: "丰庆社区",
              population: 6200,
              registeredVolunteers: 720,
              serviceStation: true,
              partyStations: { floatingMemberService: true, floatingMemberRegistration: true, employedMemberLiaison: false },
              partyOrganization: { form: "general-branch" },
              residentsCommittee: { election: { direct: true, eligibleVoters: 4300, participants: 3500 } },
              civilOrganizations: [
                { name: "秧歌队", category: "culture-sports" },
                { name: "助老服务队", category: "service" },
                { name: "社工事务所", category: "professional" },
              ],
              funding: { provincialPersonnelYuan: 30000 },
              workers: { annualPayYuan: "38400", localAverageWagePreviousYearYuan: "41250.50", insurances: ["pension", "medical", "unemployment", "work-injury"] },
              pairedUnits: [{ name: "市供电公司", practicalMatters: [{ year: 2012, count: 2 }, { year: 2013, count: 1 }] }],
            },
          ],
        },
      ],
    },
  ],
};
