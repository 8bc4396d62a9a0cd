import { getYear } from "date-fns";
import { parseDay } from "./parseDay";

/**
 * The calendar year of a day.
 *
 * @example yearOf("2012-05-20") // 2012
 */
export function yearOf(day: string): number {
  // A YYYY-MM-DD day's year is its first four digits: no Date for every meeting of every subject.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? Number(day.slice(0, 4)) : getYear(parseDay(day));
}
