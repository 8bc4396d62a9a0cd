const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A YYYY-MM-DD day as a Date at local midnight, as date-fns's parseISO reads a date-only string;
 * an Invalid Date for anything else. The library's days are all of this form, and parseISO's
 * grammar of times, weeks and zones was a kilobyte of every spreadsheet build.
 *
 * @example parseDay("2012-02-29").getDate() // 29; parseDay("2012-02-30") // a Date of 2012-03-01, which isoDay tells apart
 */
export function parseDay(day: string): Date {
  const match = DAY.exec(day);
  if (match === null) return new Date(Number.NaN);
  const date = new Date(0);
  // setFullYear, not the constructor: new Date(99, 0, 1) is 1999.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setHours(0, 0, 0, 0);
  return date;
}
