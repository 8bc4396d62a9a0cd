import { smallestWholeAtLeast } from "../arithmetic/smallestWholeAtLeast";
import { toExact } from "../arithmetic/toExact";

/**
 * The smallest whole number of people, beds or organizations that meets a rate of
 * `numerator` per `denominator` of `base`.
 *
 * @example requiredCount(2001, 15, 100)   // 301 volunteers (15% of 2,001 is 300.15)
 * @example requiredCount(12345, 2, 10000) // 3 general practitioners (2.469)
 */
export function requiredCount(base: number | string, numerator: number | string, denominator: number | string): number {
  const over = toExact(denominator, "denominator");
  if (over.isZero()) throw new RangeError("denominator: expected a number greater than 0, received 0");
  return smallestWholeAtLeast(toExact(base, "base").times(toExact(numerator, "numerator")).div(over), "base");
}
