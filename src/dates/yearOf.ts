import { getYear } from "date-fns";
import { parseDay } from "./parseDay";

/**
 * The calendar year of a day.
 *
 * @example yearOf("2012-05-20") // 2012
 */
export function yearOf(day: string): number {
  return getYear(parseDay(day));
}
