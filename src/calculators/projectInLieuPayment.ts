import { roundToFen } from "../arithmetic/roundToFen";
import { positive, toExact } from "../arithmetic/toExact";
import { SERVICE_SPACE_RATIO } from "./serviceSpaceRatio";

/**
 * Longgang art. 33 for a whole project: what the developer owes for the service space it does not
 * provide, (building area ÷ 300 − space provided) × sale price per m², with the one division last so
 * the fen is exact; "0.00" when the space is sufficient.
 *
 * @example projectInLieuPayment(45000, 120, "8650.50")   // "259515.00" (30 m² short)
 * @example projectInLieuPayment(30001, 100, 20000)       // "66.67" (0.00333… m² short)
 */
export function projectInLieuPayment(buildingAreaM2: number | string, serviceSpaceM2: number | string, salePricePerM2Yuan: number | string, ratio: number | string = SERVICE_SPACE_RATIO): string {
  const by = positive(ratio, "ratio");
  const shortfallTimesRatio = toExact(buildingAreaM2, "buildingAreaM2").minus(toExact(serviceSpaceM2, "serviceSpaceM2").times(by));
  if (shortfallTimesRatio.lte(0)) return "0.00";
  return roundToFen(shortfallTimesRatio.times(toExact(salePricePerM2Yuan, "salePricePerM2Yuan")).div(by));
}
