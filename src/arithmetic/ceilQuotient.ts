/**
 * The smallest whole number at least `dividend / divisor`, for a whole dividend ≥ 0 and a whole
 * divisor > 0, both safe integers: exact, as the remainder of safe integers is, where
 * `Math.ceil(dividend / divisor)` can round a quotient just under a whole number up to it.
 *
 * @example ceilQuotient(30015, 100) // 301 (15% of 2,001)
 */
export function ceilQuotient(dividend: number, divisor: number): number {
  const remainder = dividend % divisor;
  return (dividend - remainder) / divisor + (remainder > 0 ? 1 : 0);
}
