import * as z from "./z";
import { amount, common, count } from "./primitives";
import { streetSchema } from "./street";

export const districtSchema = z.strictObject({
  ...common("district"),
  serviceCenterAreaM2: z.optional(amount),
  serviceCenterPosts: z.optional(count),
  socialConstructionCommittee: z.optional(z.boolean()),
  streets: z.optional(z.array(streetSchema)),
});

export type District = z.output<typeof districtSchema>;
