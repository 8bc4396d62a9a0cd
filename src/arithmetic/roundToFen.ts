import { Exact } from "./exact";

/**
 * Rounds money to the fen (0.01 yuan), half up, once, at the end (spec section 4).
 *
 * @example roundToFen(new Exact("4.515")) // "4.52"
 */
export function roundToFen(value: Exact): string {
  return value.toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
}
