import { addQuarters, endOfQuarter, getQuarter, parseISO, startOfQuarter, startOfYear } from "date-fns";
import { isoDay } from "./isoDay";
import { isAfterDay } from "./isAfterDay";

export interface CalendarQuarter {
  /** 1 to 4. */
  quarter: number;
  from: string;
  to: string;
  /** The quarter had ended by the as-of day (a quarter still running is not yet due). */
  ended: boolean;
}

/**
 * The calendar quarters of the as-of year that have begun by the as-of day, skipping those that ended
 * before `since` (a document not yet in force asks nothing of them).
 *
 * @example calendarQuarters("2012-05-20") // Q1 (ended), Q2 (running)
 */
export function calendarQuarters(asOf: string, since: string | null = null): CalendarQuarter[] {
  const asOfDay = parseISO(asOf);
  const quarters: CalendarQuarter[] = [];
  for (let start = startOfYear(asOfDay); getQuarter(start) <= getQuarter(asOfDay); ) {
    const to = isoDay(endOfQuarter(start));
    if (since === null || !isAfterDay(since, to)) {
      quarters.push({ quarter: getQuarter(start), from: isoDay(startOfQuarter(start)), to, ended: isAfterDay(asOf, to) });
    }
    if (getQuarter(start) === 4) break;
    start = addQuarters(start, 1);
  }
  return quarters;
}
