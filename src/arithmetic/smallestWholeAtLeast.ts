import type { Exact } from "./exact";

/**
 * The smallest whole number that is at least `value`: how many people, beds or organizations a
 * rate asks for (15% of 2,001 residents is 300.15, so 301 volunteers).
 *
 * @example smallestWholeAtLeast(new Exact("300.15")) // 301
 */
export function smallestWholeAtLeast(value: Exact): number {
  return value.ceil().toNumber();
}
