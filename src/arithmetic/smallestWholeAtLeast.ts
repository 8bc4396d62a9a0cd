import type { Exact } from "./exact";

/**
 * The smallest whole number that is at least `value`: how many people, beds or organizations a
 * rate asks for (15% of 2,001 residents is 300.15, so 301 volunteers).
 *
 * @example smallestWholeAtLeast(new Exact("300.15")) // 301
 */
export function smallestWholeAtLeast(value: Exact, name = "value"): number {
  const whole = value.ceil();
  // Past 2^53 a JavaScript number no longer holds every whole number: say so instead of rounding.
  if (whole.gt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${name}: the count asked for, ${whole.toFixed()}, is too large to give exactly`);
  return whole.toNumber();
}
