import * as z from "./z";
import { amount, common } from "./primitives";

export const projectSchema = z.strictObject({
  ...common("project"),
  buildingAreaM2: z.optional(amount),
  serviceSpaceM2: z.optional(amount),
  salePricePerM2Yuan: z.optional(amount),
  inLieuPaidYuan: z.optional(amount),
  serviceSpaceAgreementSigned: z.optional(z.boolean()),
  serviceSpaceDelivered: z.optional(z.boolean()),
  accepted: z.optional(z.boolean()),
  phased: z.optional(z.boolean()),
  serviceSpacePhase: z.optional(z.int().check(z.minimum(1))),
});

export type Project = z.output<typeof projectSchema>;
