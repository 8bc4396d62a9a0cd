import { formatISO } from "date-fns";

/**
 * A Date's local calendar day as YYYY-MM-DD. formatISO, not format: `format` brings every token
 * formatter and the en-US locale into the spreadsheet bundle.
 *
 * @example isoDay(new Date(2015, 11, 31, 23, 59)) // "2015-12-31"
 */
export function isoDay(date: Date): string {
  return formatISO(date, { representation: "date" });
}
