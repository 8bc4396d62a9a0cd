import * as z from "./z";
import { districtSchema } from "./district";
import { common, count, isoDate } from "./primitives";

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
  districts: z.optional(z.array(districtSchema)),
});

/** A city as the library reads it (the output of `citySchema`). */
export type City = z.output<typeof citySchema>;
