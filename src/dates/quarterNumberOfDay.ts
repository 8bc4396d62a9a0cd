/**
 * A YYYY-MM-DD day's calendar quarter as one number, year × 4 + quarter (1 to 4), read from its
 * characters: what counting meetings by quarter needs, with no object per day.
 *
 * @example quarterNumberOfDay("2012-05-15") // 8050 (2012 × 4 + 2)
 */
export function quarterNumberOfDay(day: string): number {
  const year = (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
  const month = (day.charCodeAt(5) - 48) * 10 + (day.charCodeAt(6) - 48);
  return year * 4 + Math.floor((month - 1) / 3) + 1;
}
