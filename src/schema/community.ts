import * as z from "./z";
import { amount, common, count, isoDate, year } from "./primitives";
import { CIVIL_ORGANIZATION_CATEGORIES, INSURANCES, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS } from "./values";

export type { RoomFunction } from "./values";

const partyOrganization = z.strictObject({
  form: z.optional(z.enum(PARTY_ORGANIZATION_FORMS)),
  committeeMembers: z.optional(count),
  secretaries: z.optional(count),
  deputySecretaries: z.optional(count),
  hasFullTimeStaff: z.optional(z.boolean()),
  hasOffice: z.optional(z.boolean()),
  hasActivityFunds: z.optional(z.boolean()),
  /** Longgang art. 12: 不具备设立社区党总支条件 (recorded by the street, never guessed). */
  lacksGeneralBranchConditions: z.optional(z.boolean()),
  jointMeetings: z.optional(z.array(isoDate)),
});

const residentsCommittee = z.strictObject({
  members: z.optional(count),
  directors: z.optional(count),
  deputyDirectors: z.optional(count),
  fullTimeStaff: z.optional(count),
  fullTimeStaffPartyMembers: z.optional(count),
  directorIsPartySecretary: z.optional(z.boolean()),
  membersOnPartyCommittee: z.optional(count),
  election: z.optional(
    z.strictObject({
      direct: z.optional(z.boolean()),
      eligibleVoters: z.optional(count),
      participants: z.optional(count),
      date: z.optional(isoDate),
    }),
  ),
});

const room = z.strictObject({
  name: z.optional(z.string()),
  functions: z.array(z.enum(ROOM_FUNCTIONS)).check(z.minLength(1)),
  areaM2: amount,
});

const funding = z.strictObject({
  provincialPersonnelYuan: z.optional(amount),
  startupFundYuan: z.optional(amount),
  oldCommunitySubsidyYuan: z.optional(amount),
  workStation: z.optional(
    z.strictObject({
      totalYuan: z.optional(amount),
      districtYuan: z.optional(amount),
      streetYuan: z.optional(amount),
      companyYuan: z.optional(amount),
    }),
  ),
});

/** A community (社区): its population, party organization, residents committee, rooms and the rest the documents measure (zod; strict). */
export const communitySchema = z.strictObject({
  ...common("community"),
  population: z.optional(count),
  households: z.optional(count),
  elderlyPopulation: z.optional(count),
  volunteers: z.optional(count),
  registeredVolunteers: z.optional(count),
  partyMembers: z.optional(count),
  partyOrganization: z.optional(partyOrganization),
  residentsCommittee: z.optional(residentsCommittee),
  serviceStation: z.optional(z.boolean()),
  committeeStationCoLocated: z.optional(z.boolean()),
  committeeElected: z.optional(z.boolean()),
  consultativeCouncil: z.optional(z.boolean()),
  representativeAssembly: z.optional(z.boolean()),
  buildingPartyBranches: z.optional(z.boolean()),
  reviewCommittee: z.optional(z.boolean()),
  workersCertified: z.optional(z.boolean()),
  publicNoticeBoard: z.optional(z.boolean()),
  jointMeetingMinutes: z.optional(z.boolean()),
  oneStopServiceWindow: z.optional(z.boolean()),
  partyStations: z.optional(
    z.strictObject({ floatingMemberService: z.optional(z.boolean()), floatingMemberRegistration: z.optional(z.boolean()), employedMemberLiaison: z.optional(z.boolean()) }),
  ),
  partyCoordinationCommittee: z.optional(z.boolean()),
  /** Distinct members of the party committee and the residents committee hired into the work station. */
  committeeMembersAtWorkStation: z.optional(count),
  rooms: z.optional(z.array(room)),
  generalPractitioners: z.optional(count),
  civilOrganizations: z.optional(
    z.array(
      z.strictObject({
        name: z.optional(z.string()),
        category: z.enum(CIVIL_ORGANIZATION_CATEGORIES),
        takesOnGovernmentAffairs: z.optional(z.boolean()),
      }),
    ),
  ),
  funding: z.optional(funding),
  workers: z.optional(
    z.strictObject({
      annualPayYuan: z.optional(amount),
      localAverageWagePreviousYearYuan: z.optional(amount),
      insurances: z.optional(z.array(z.enum(INSURANCES))),
      /** The days of the year-end reviews by the community's review committee (Longgang art. 51). */
      reviews: z.optional(z.array(isoDate)),
    }),
  ),
  pairedUnits: z.optional(
    z.array(
      z.strictObject({
        name: z.optional(z.string()),
        practicalMatters: z.optional(z.array(z.strictObject({ year, count }))),
      }),
    ),
  ),
  /** Present: a 村改居 community; absent: not one (spec section 2); null: not known (a blank cell). */
  villageConversion: z.optional(
    z.nullable(
      z.strictObject({
        newlyEstablished: z.optional(z.boolean()),
        officeSpaceProvidedM2: z.optional(amount),
      }),
    ),
  ),
  /** Present: land was transferred during urbanization; absent: none; null: not known. */
  urbanizationLandTransfer: z.optional(z.nullable(z.strictObject({ reservedLandM2: z.optional(amount) }))),
  oldCommunityWithoutSpace: z.optional(z.boolean()),
  /** Longgang art. 34, second group: 经济欠发达没有房地产开发或不允许开发商品房项目的社区. */
  underdevelopedWithoutHousing: z.optional(z.boolean()),
  shareholdingCompany: z.optional(z.boolean()),
  /** Longgang art. 5: the community meets Shenzhen's community-building standard; the national and provincial model-community standard. */
  meetsShenzhenStandard: z.optional(z.boolean()),
  meetsModelStandard: z.optional(z.boolean()),
  /** In the urbanization transition period (城市化过渡期内, Longgang art. 44). */
  urbanizationTransition: z.optional(z.boolean()),
  /** Longgang art. 36: construction cost per m² of service space the government buys. */
  spaceConstructionCostPerM2Yuan: z.optional(amount),
  /** Longgang art. 43: district, street and company share a converted village's building funds. */
  constructionFundingShared: z.optional(z.boolean()),
  /** Longgang art. 49 (permissions): the secretary heads the work station; the three posts cross-appointed in the transition. */
  secretaryHeadsWorkStation: z.optional(z.boolean()),
  leadersCrossAppointed: z.optional(z.boolean()),
  /** Dunhuang (十一): a unit community (单位型社区) of a unit other than an enterprise, and the space its unit gives free. */
  nonEnterpriseUnitCommunity: z.optional(z.boolean()),
  unitProvidesSpace: z.optional(z.boolean()),
  /** Guangzhou 2011 art. 24: activity funds set on the resident (常住) population. */
  activityFundingByResidents: z.optional(z.boolean()),
});

/** A community as the library reads it (the output of `communitySchema`); a blank field is missing data, never 0. */
export type Community = z.output<typeof communitySchema>;
