import { roundToFen } from "../arithmetic/roundToFen";
import { toExact } from "../arithmetic/toExact";
import { MANAGEMENT_FEE_RATE } from "./managementFeeRate";

/**
 * Longgang 2005 art. 36: the price the government pays for service space it buys, construction
 * cost plus a 5% management fee, rounded to the fen half up.
 *
 * @example governmentPurchasePrice(4.3)     // "4.52" (4.515 half up; binary floats give 4.51)
 * @example governmentPurchasePrice("10.1")  // "10.61" (10.605)
 */
export function governmentPurchasePrice(costYuan: number | string, managementFeeRate: number | string = MANAGEMENT_FEE_RATE.toString()): string {
  return roundToFen(toExact(costYuan, "costYuan").times(toExact(managementFeeRate, "managementFeeRate").plus(1)));
}
