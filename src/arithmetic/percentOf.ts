import { Exact } from "./exact";
import { formatPercent } from "./formatPercent";
import { hundredthsText } from "./hundredthsText";

/**
 * `part` of `whole` (above 0) as a percentage to 2 places, half up, as formatPercent writes it: in
 * whole numbers while part × 10000 stays a safe integer, as counts of people do; Decimal past it.
 *
 * @example percentOf(5, 7) // "71.43"
 */
export function percentOf(part: number, whole: number): string {
  const scaled = part * 10000;
  if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(whole) || whole <= 0) return formatPercent(new Exact(part).div(whole));
  const rest = scaled % whole;
  return hundredthsText((scaled - rest) / whole + (rest * 2 >= whole ? 1 : 0));
}
