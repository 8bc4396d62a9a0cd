/**
 * A whole count of hundredths as decimal text with two places: how areas, money and percentages are
 * shown once rounded.
 *
 * @example hundredthsText(15001) // "150.01"
 * @example hundredthsText(5)     // "0.05"
 */
export function hundredthsText(count: number): string {
  const cents = count % 100;
  return `${(count - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}
