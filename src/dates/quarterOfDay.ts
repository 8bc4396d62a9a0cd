/**
 * The calendar quarter (1 to 4) and year of a YYYY-MM-DD day, read from its text.
 *
 * @example quarterOfDay("2012-05-15") // { year: 2012, quarter: 2 }
 */
export function quarterOfDay(day: string): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}
