import * as z from "./z";
import { amount, common, count, isoDate } from "./primitives";
import { streetSchema } from "./street";

/** A district (区): its streets, and what the documents ask of the district itself (zod; strict). */
export const districtSchema = z.strictObject({
  ...common("district"),
  serviceCenterAreaM2: z.optional(amount),
  serviceCenterPosts: z.optional(count),
  socialConstructionCommittee: z.optional(z.boolean()),
  /** Guangzhou 2000 三(三)3 and 五(三): service centers' staff costs in the budget; the days of the yearly certificate review. */
  serviceCenterStaffInBudget: z.optional(z.boolean()),
  serviceUnitReviews: z.optional(z.array(isoDate)),
  streets: z.optional(z.array(streetSchema)),
});

/** A district as the library reads it (the output of `districtSchema`). */
export type District = z.output<typeof districtSchema>;
