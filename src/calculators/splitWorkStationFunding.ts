import { Exact } from "../arithmetic/exact";
import { isWholeFen } from "../arithmetic/isWholeFen";
import { toExact } from "../arithmetic/toExact";

/**
 * Longgang 2005 art. 44: the work station budget split in thirds between district, street and
 * shareholding company. Each gets total ÷ 3 rounded down to the fen; the one or two fen left over go
 * one each to the district, then the street (spec section 4), so the shares always add up to the total.
 * The total must be whole fen: a sub-fen total cannot be split into fen that add up to it.
 *
 * @example splitWorkStationFunding(100) // ["33.34", "33.33", "33.33"]
 */
export function splitWorkStationFunding(totalYuan: number | string): [district: string, street: string, company: string] {
  const total = toExact(totalYuan, "totalYuan");
  if (!isWholeFen(total)) {
    throw new RangeError(`totalYuan: expected an amount in whole fen (at most 2 decimals), received ${String(totalYuan)}`);
  }
  const third = total.div(3).toDecimalPlaces(2, Exact.ROUND_DOWN);
  const leftoverFen = total.minus(third.times(3)).times(100).toNumber();
  const shares = [0, 1, 2].map((party) => (party < leftoverFen ? third.plus("0.01") : third).toFixed(2));
  return shares as [string, string, string];
}
