import * as z from "./z";
import { amount, common } from "./primitives";

/** A housing project (住宅项目): building area, the service space it plans, its sale price (zod; strict). */
export const projectSchema = z.strictObject({
  ...common("project"),
  buildingAreaM2: z.optional(amount),
  serviceSpaceM2: z.optional(amount),
  salePricePerM2Yuan: z.optional(amount),
  inLieuPaidYuan: z.optional(amount),
  serviceSpaceAgreementSigned: z.optional(z.boolean()),
  serviceSpaceDelivered: z.optional(z.boolean()),
  accepted: z.optional(z.boolean()),
  serviceSpaceSynchronized: z.optional(z.boolean()),
  jointAcceptance: z.optional(z.boolean()),
  phased: z.optional(z.boolean()),
  serviceSpacePhase: z.optional(z.int().check(z.minimum(1))),
  /** Longgang art. 33: the space's title with the district, its use with the committee and station. */
  serviceSpaceTitleToDistrict: z.optional(z.boolean()),
  serviceSpaceUseByCommunity: z.optional(z.boolean()),
  /** Longgang art. 34: in an old community lacking service space, and served first at approval. */
  inOldCommunityLackingSpace: z.optional(z.boolean()),
  oldCommunitySpaceFirst: z.optional(z.boolean()),
  /** Longgang art. 34: a built estate's contract promised the committee office space; the area promised and provided. */
  officeSpaceContracted: z.optional(z.boolean()),
  contractOfficeSpaceM2: z.optional(amount),
  contractOfficeSpaceProvidedM2: z.optional(amount),
});

/** A housing project as the library reads it (the output of `projectSchema`). */
export type Project = z.output<typeof projectSchema>;
