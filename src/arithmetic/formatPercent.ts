import { Exact } from "./exact";

/**
 * A ratio as a percentage with two decimals, half up: for display only, never for a comparison.
 *
 * @example formatPercent(new Exact(2).div(3)) // "66.67"
 */
export function formatPercent(ratio: Exact): string {
  return ratio.times(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
}
