import { quarterNumberOfDay } from "./quarterNumberOfDay";

/**
 * The calendar quarter (1 to 4) and year of a YYYY-MM-DD day, read from its text (quarterNumberOfDay).
 *
 * @example quarterOfDay("2012-05-15") // { year: 2012, quarter: 2 }
 */
export function quarterOfDay(day: string): { year: number; quarter: number } {
  const number = quarterNumberOfDay(day) - 1;
  return { year: Math.floor(number / 4), quarter: (number % 4) + 1 };
}
