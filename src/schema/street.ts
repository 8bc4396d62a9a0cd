import * as z from "zod/mini";
import { communitySchema } from "./community";
import { amount, common, count, year } from "./primitives";
import { CULTURE_STATION_GRADES } from "./values";


const flag = z.optional(z.boolean());

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
  assessments: z.optional(z.array(z.strictObject({ year, passed: z.boolean() }))),
  communities: z.optional(z.array(communitySchema)),
});

export type Street = z.infer<typeof streetSchema>;
