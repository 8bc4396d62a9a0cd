import { addYearsToDay } from "./addYearsToDay";
import { isAfterDay } from "./isAfterDay";

export interface Gap {
  from: string;
  to: string;
}

/**
 * The first stretch between consecutive days (sorted) that is longer than `years` years, or null.
 * "Every two years" holds from 2011-07-23 to 2013-07-23 and breaks on 2013-07-24.
 *
 * @example gapLongerThan(["2011-07-23", "2013-07-24"], 2) // { from: "2011-07-23", to: "2013-07-24" }
 */
export function gapLongerThan(days: readonly string[], years: number): Gap | null {
  const sorted = [...days].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    const from = sorted[i - 1] as string;
    const to = sorted[i] as string;
    if (isAfterDay(to, addYearsToDay(from, years))) return { from, to };
  }
  return null;
}
