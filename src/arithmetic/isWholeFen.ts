import type { Exact } from "./exact";

/**
 * Whether an amount of yuan is a whole number of fen (at most two decimals that count): what a
 * budget must be to be split into fen that add up to it.
 *
 * @example isWholeFen(new Exact("100.10")) // true; isWholeFen(new Exact("100.001")) // false
 */
export function isWholeFen(yuan: Exact): boolean {
  return yuan.equals(yuan.toDecimalPlaces(2));
}
