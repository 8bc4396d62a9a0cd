import { addYears } from "date-fns";
import { parseDay } from "./parseDay";
import { isoDay } from "./isoDay";

/**
 * The calendar day `years` years after `day` (29 February falls back to 28 February).
 *
 * @example addYearsToDay("2011-07-23", 2) // "2013-07-23"
 */
export function addYearsToDay(day: string, years: number): string {
  return isoDay(addYears(parseDay(day), years));
}
