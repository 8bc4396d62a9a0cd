export interface CalendarQuarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
  from: string;
  to: string;
  /** The quarter had ended by the as-of day (a quarter still running is not yet due). */
  ended: boolean;
}

import { quarterOfDay } from "./quarterOfDay";

const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"] as const;
const FIRST_MONTH = ["01", "04", "07", "10"] as const;

// Every subject of an evaluation asks for the same as-of day and start: worked out once, up to a bound.
const known = new Map<string, readonly CalendarQuarter[]>();

/**
 * The calendar quarters a quarterly standard asks for on the as-of day: every one from the quarter
 * the document came into force (`since`) up to the one running on the as-of day, so a quarter that
 * ended without its meeting stays counted after the new year. Without a start date, the quarters
 * of the as-of year and the year before. Days are YYYY-MM-DD and compared as text.
 *
 * @example calendarQuarters("2013-01-01", "2012-08-01") // 2012 Q3, 2012 Q4 (ended), 2013 Q1 (running)
 */
export function calendarQuarters(asOf: string, since: string | null = null): readonly CalendarQuarter[] {
  const key = `${asOf}|${since}`;
  let quarters = known.get(key);
  if (quarters === undefined) {
    quarters = Object.freeze(listQuarters(asOf, since).map((q) => Object.freeze(q)));
    if (known.size < 1000) known.set(key, quarters);
  }
  return quarters;
}

function listQuarters(asOf: string, since: string | null): CalendarQuarter[] {
  if (since !== null && since > asOf) return [];
  // Counted from 0 here, to index the tables above.
  let year = since === null ? Number(asOf.slice(0, 4)) - 1 : quarterOfDay(since).year;
  let quarter = since === null ? 0 : quarterOfDay(since).quarter - 1;
  const { year: lastYear, quarter: running } = quarterOfDay(asOf);
  const lastQuarter = running - 1;
  const quarters: CalendarQuarter[] = [];
  while (year < lastYear || (year === lastYear && quarter <= lastQuarter)) {
    const y = String(year).padStart(4, "0");
    const to = `${y}-${LAST_DAY[quarter]}`;
    quarters.push({ year, quarter: quarter + 1, from: `${y}-${FIRST_MONTH[quarter]}-01`, to, ended: asOf > to });
    if (++quarter === 4) [year, quarter] = [year + 1, 0];
  }
  return quarters;
}
