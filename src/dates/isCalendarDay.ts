import { toIsoDate } from "./toIsoDate";

/**
 * Whether a value is a day written YYYY-MM-DD that exists on the calendar (2023-02-30 does not).
 *
 * @example isCalendarDay("2012-02-29") // true
 * @example isCalendarDay("2012/2/29")  // false
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return toIsoDate(value) === value;
  } catch {
    return false;
  }
}
