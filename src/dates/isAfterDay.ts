/**
 * Whether calendar day `day` comes after `other` (both YYYY-MM-DD). A due date is met on the day
 * itself and missed from the day after: `isAfterDay(asOf, due)` means overdue. Days written
 * YYYY-MM-DD with four-digit years (all the schema and options accept) sort as text in calendar
 * order, so no parsing is needed: parsing here was a quarter of an evaluation's time.
 *
 * @example isAfterDay("2016-01-01", "2015-12-31") // true
 * @example isAfterDay("2015-12-31", "2015-12-31") // false
 */
export function isAfterDay(day: string, other: string): boolean {
  return day > other;
}
