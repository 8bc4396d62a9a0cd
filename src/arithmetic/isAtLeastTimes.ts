import { commonUnits } from "./fixedOf";
import { toExact } from "./toExact";

/**
 * Whether `value` × `times` reaches `floor`, exactly: in whole units of the finest place while the
 * figures and the product stay safe integers (fixedOf), with Decimal otherwise; a test holds the
 * two ways equal.
 *
 * @example isAtLeastTimes("150.00", 300, "45000")  // true: 150 m² covers 45,000 m² at 1 in 300
 * @example isAtLeastTimes("149.99", 300, "45000")  // false
 */
export function isAtLeastTimes(value: number | string, times: number, floor: number | string): boolean {
  const common = Number.isSafeInteger(times) ? commonUnits([value, floor]) : undefined;
  if (common !== undefined) {
    const product = common.units[0]! * times;
    if (Number.isSafeInteger(product)) return product >= common.units[1]!;
  }
  return toExact(value).times(times).gte(toExact(floor));
}
