import { ceilToHundredth } from "../arithmetic/ceilToHundredth";
import { positive, toExact } from "../arithmetic/toExact";
import { SERVICE_SPACE_RATIO } from "./serviceSpaceRatio";

/**
 * Longgang 2005 art. 33: the community service space a housing project must plan, one m² per 300 m²
 * of building area, in m², rounded up to 0.01 m² (a requirement is never understated).
 *
 * @example requiredServiceSpace(30000) // "100.00"
 * @example requiredServiceSpace(1000)  // "3.34" (3.333… rounded up)
 * @example requiredServiceSpace(30000, 400) // "75.00": a local rule's 1 m² per 400 m²
 */
export function requiredServiceSpace(buildingAreaM2: number | string, ratio: number | string = SERVICE_SPACE_RATIO): string {
  return ceilToHundredth(toExact(buildingAreaM2, "buildingAreaM2").div(positive(ratio, "ratio")));
}
