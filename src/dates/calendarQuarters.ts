import { addQuarters, endOfQuarter, getQuarter, getYear, startOfQuarter, startOfYear } from "date-fns";
import { parseDay } from "./parseDay";
import { isoDay } from "./isoDay";
import { isAfterDay } from "./isAfterDay";

export interface CalendarQuarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
  from: string;
  to: string;
  /** The quarter had ended by the as-of day (a quarter still running is not yet due). */
  ended: boolean;
}

/**
 * The calendar quarters a quarterly standard asks for on the as-of day: every one from the quarter
 * the document came into force (`since`) up to the one running on the as-of day, so a quarter that
 * ended without its meeting stays counted after the new year. Without a start date, the quarters
 * of the as-of year and the year before.
 *
 * @example calendarQuarters("2013-01-01", "2012-08-01") // 2012 Q3, 2012 Q4 (ended), 2013 Q1 (running)
 */
export function calendarQuarters(asOf: string, since: string | null = null): CalendarQuarter[] {
  const asOfDay = parseDay(asOf);
  if (since !== null && isAfterDay(since, asOf)) return [];
  const quarters: CalendarQuarter[] = [];
  const first = since === null ? startOfYear(new Date(getYear(asOfDay) - 1, 0, 1)) : startOfQuarter(parseDay(since));
  for (let start = first; !isAfterDay(isoDay(start), asOf); start = addQuarters(start, 1)) {
    const to = isoDay(endOfQuarter(start));
    quarters.push({ year: getYear(start), quarter: getQuarter(start), from: isoDay(start), to, ended: isAfterDay(asOf, to) });
  }
  return quarters;
}
