import { Exact } from "./exact";

/**
 * Rounds a required amount *up* to 0.01, so a requirement shown to a person is never understated
 * (spec section 4). Always two decimals.
 *
 * @example ceilToHundredth(new Exact(1000).div(300)) // "3.34"
 */
export function ceilToHundredth(value: Exact): string {
  return value.toDecimalPlaces(2, Exact.ROUND_CEIL).toFixed(2);
}
