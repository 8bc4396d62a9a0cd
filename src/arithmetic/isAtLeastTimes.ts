import { commonUnits } from "./fixedOf";
import { toExact } from "./toExact";

/**
 * Whether `value` × `times` reaches `floor`, exactly: in whole units of the finest place while the
 * figures are safe integers there and `times` a positive whole number (fixedOf), with Decimal
 * otherwise; a test holds the two ways equal.
 *
 * @example isAtLeastTimes("150.00", 300, "45000")  // true: 150 m² covers 45,000 m² at 1 in 300
 * @example isAtLeastTimes("149.99", 300, "45000")  // false
 */
export function isAtLeastTimes(value: number | string, times: number, floor: number | string): boolean {
  const common = Number.isSafeInteger(times) && times > 0 ? commonUnits([value, floor]) : undefined;
  // Exact as doubles: a product past 2^53, however rounded, is past the floor's units, which are safe.
  if (common !== undefined) return common.units[0]! * times >= common.units[1]!;
  return toExact(value).times(times).gte(toExact(floor));
}
