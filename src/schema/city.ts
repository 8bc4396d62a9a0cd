import * as z from "./z";
import { districtSchema } from "./district";
import { common, count, isoDate } from "./primitives";

const flag = z.optional(z.boolean());

/** A city: its districts, and what the documents ask of the city itself (zod; strict: unknown fields are problems). */
export const citySchema = z.strictObject({
  ...common("city"),
  population: z.optional(count),
  elderlyPopulation: z.optional(count),
  elderlyCareBeds: z.optional(count),
  socialWorkers: z.optional(count),
  residentsCommittees: z.optional(count),
  directlyElectedCommittees: z.optional(count),
  nationalModelCommunities: z.optional(count),
  modelSelections: z.optional(z.array(isoDate)),
  /** Dunhuang (十七): the days of the yearly training of community workers. */
  workerTrainings: z.optional(z.array(isoDate)),
  socialConstructionCommittee: z.optional(z.boolean()),
  socialOrganizationFund: z.optional(z.boolean()),
  basicServiceCatalogue: z.optional(z.boolean()),
  volunteerNetwork: z.optional(z.boolean()),
  /** Linyi 二: provincial and national advanced communities (第三步到2010年). */
  advancedCommunities: z.optional(count),
  /** Dunhuang (十八), (十九): the leading group and its office, staff and funds; the city's subsidy raised. */
  leadingGroup: z.optional(z.strictObject({ established: flag, officeEstablishment: flag, fullTimeStaff: flag, funds: flag })),
  workSubsidyRaised: flag,
  /** Guangzhou 2011 art. 5 and 21: the new service system by 2020; its six cores. */
  newServiceSystem: flag,
  sixOnes: z.optional(
    z.strictObject({ governmentServiceCenter: flag, network: flag, platform: flag, database: flag, citizenWebPage: flag, socialSecurityCard: flag }),
  ),
  districts: z.optional(z.array(districtSchema)),
});

/** A city as the library reads it (the output of `citySchema`). */
export type City = z.output<typeof citySchema>;
