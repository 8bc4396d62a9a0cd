import { roundToFen } from "../arithmetic/roundToFen";
import { toExact } from "../arithmetic/toExact";

/**
 * Longgang 2005 art. 33: what a developer who cannot provide the service space pays the government,
 * the shortfall in m² times the sale price per m², rounded to the fen half up, once.
 *
 * @example inLieuPayment(10, 12345.675) // "123456.75"
 */
export function inLieuPayment(shortfallM2: number | string, salePricePerM2Yuan: number | string): string {
  return roundToFen(toExact(shortfallM2, "shortfallM2").times(toExact(salePricePerM2Yuan, "salePricePerM2Yuan")));
}
