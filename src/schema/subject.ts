import * as z from "zod/mini";
import { citySchema } from "./city";
import { communitySchema } from "./community";
import { districtSchema } from "./district";
import { projectSchema } from "./project";
import { streetSchema } from "./street";
import type { City } from "./city";
import type { Community } from "./community";
import type { District } from "./district";
import type { Project } from "./project";
import type { Street } from "./street";

export type { City } from "./city";
export type { Community } from "./community";
export type { District } from "./district";
export type { Project } from "./project";
export type { Street } from "./street";

/** Any subject the library evaluates, told apart by `kind`. Unknown keys are an error. */
export const subjectSchema = z.discriminatedUnion("kind", [communitySchema, streetSchema, districtSchema, citySchema, projectSchema]);

/** Any subject the rules measure: a community, street, district, city or housing project, told apart by `kind`. */
export type Subject = z.output<typeof subjectSchema>;

/** Each kind of subject by its `kind`: what a rule for that kind is handed. */
export type SubjectOfKind = {
  community: Community;
  street: Street;
  district: District;
  city: City;
  project: Project;
};
