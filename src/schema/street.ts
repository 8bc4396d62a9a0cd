import * as z from "./z";
import { communitySchema } from "./community";
import { amount, common, count, isoDate, year } from "./primitives";
import { CULTURE_STATION_GRADES } from "./values";

const flag = z.optional(z.boolean());

/** A street (街道): its communities, and its service center, posts and organizations (zod; strict). */
export const streetSchema = z.strictObject({
  ...common("street"),
  population: z.optional(count),
  elderlyPopulation: z.optional(count),
  elderlyCareBeds: z.optional(count),
  serviceCenterAreaM2: z.optional(amount),
  serviceCenterPosts: z.optional(count),
  cultureStationGrade: z.optional(z.enum(CULTURE_STATION_GRADES)),
  oneTeamThreeCenters: z.optional(
    z.strictObject({ governmentServiceCenter: flag, governanceCenter: flag, familyServiceCenter: flag, lawEnforcementTeam: flag }),
  ),
  fiveOnes: z.optional(
    z.strictObject({ familyServiceCenter: flag, cultureCenter: flag, sportsPark: flag, healthServiceCenter: flag, videoSurveillance: flag }),
  ),
  /** Guangzhou 2000 三(三)2: the community welfare service center a pilot street may build. */
  welfareServiceCenter: flag,
  committeeOfficesResolved: z.optional(z.boolean()),
  familyServiceCenterPurchased: z.optional(z.boolean()),
  /** Dunhuang (十二): the street's community service center; (八) its 爱心超市. */
  serviceCenter: flag,
  charitySupermarket: flag,
  /** Longgang art. 10 and art. 14. */
  communityBuildingCoordinationGroup: flag,
  partyCoordinationCommittee: z.optional(z.strictObject({ chairIsWorkingCommitteeSecretary: flag, deputySecretaryInCharge: flag, officeWithPersonnelDepartment: flag })),
  /** Guangzhou 2000 三(一)1, 4, 5, 三(二)2, 三(三)2: the 党工委, the mass organizations, party conduct measures, the consultative committee, the network. */
  partyWorkCommittee: flag,
  massOrganizations: z.optional(z.strictObject({ tradeUnion: flag, youthLeague: flag, womensOrganization: flag })),
  partyConduct: z.optional(z.strictObject({ supervisionStation: flag, contactCards: flag })),
  consultativeCommittee: flag,
  network: z.optional(z.strictObject({ serviceCenter: flag, touchScreens: flag })),
  /** Linyi 二、四: a community service center with its services in one hall (一厅式). */
  oneHallServiceCenter: flag,
  /** Longgang art. 41: older communities with incomplete infrastructure, and the days the yearly plans were made. */
  incompleteInfrastructure: flag,
  renovationPlans: z.optional(z.array(isoDate)),
  assessments: z.optional(z.array(z.strictObject({ year, passed: z.boolean() }))),
  communities: z.optional(z.array(communitySchema)),
});

/** A street as the library reads it (the output of `streetSchema`). */
export type Street = z.output<typeof streetSchema>;
