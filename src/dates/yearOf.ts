import { getYear, parseISO } from "date-fns";

/**
 * The calendar year of a day.
 *
 * @example yearOf("2012-05-20") // 2012
 */
export function yearOf(day: string): number {
  return getYear(parseISO(day));
}
