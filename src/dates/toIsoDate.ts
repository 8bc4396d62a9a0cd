import { isValid } from "date-fns";
import { parseDay } from "./parseDay";
import { isoDay } from "./isoDay";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Days already found on the calendar, up to a bound: options and subjects repeat the same few, and
// parsing with date-fns was most of the cost of resolving an evaluation's options.
const KNOWN_DAYS = new Set<string>();

/**
 * A calendar day as YYYY-MM-DD, from a Date (its local calendar day) or ISO text. Throws a RangeError
 * naming `name` for anything else, including days that do not exist (2023-02-30).
 *
 * @example toIsoDate(new Date(2015, 11, 31)) // "2015-12-31"
 */
export function toIsoDate(value: Date | string, name = "date"): string {
  if (value instanceof Date) {
    if (!isValid(value)) throw new RangeError(`${name}: expected a valid date, received an invalid Date`);
    return isoDay(value);
  }
  if (typeof value === "string" && KNOWN_DAYS.has(value)) return value;
  if (typeof value === "string" && ISO_DAY.test(value)) {
    const day = parseDay(value);
    if (isValid(day) && isoDay(day) === value) {
      if (KNOWN_DAYS.size < 10_000) KNOWN_DAYS.add(value);
      return value;
    }
  }
  throw new RangeError(`${name}: expected a calendar date written YYYY-MM-DD, received ${JSON.stringify(value)}`);
}
