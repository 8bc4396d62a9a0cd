import { yearOf } from "../dates/yearOf";
import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import { figuresWanted } from "../measure/figures";
import { barePeriods, everyPeriod } from "./everyPeriod";

/**
 * Held at least `perYear` times a year (每年, 按年度: once). Every year from the one the document
 * came into force up to the running one is judged (without a start date: the last full year and the
 * running one): an ended year without it is a failure, and stays one in later years; the running
 * year is pending until it is held. Days after the as-of day are not yet known.
 *
 * @example everyYear({ path: "workerTrainings", value: ["2012-06-01"] }, "2013-03-01", null) // 1 of 2 years, pending
 */
export function everyYear(days: Input<readonly string[]>, asOf: string, inForce: string | null, perYear = 1): Outcome {
  if (days.value === undefined) return missing(missingOf(days));
  const running = yearOf(asOf);
  const heldIn = new Map<number, number>();
  for (const day of days.value) if (day <= asOf) heldIn.set(yearOf(day), (heldIn.get(yearOf(day)) ?? 0) + 1);
  const first = inForce === null ? running - 1 : yearOf(inForce);
  const held = (year: number) => (heldIn.get(year) ?? 0) >= perYear;
  if (!figuresWanted()) {
    // Statuses only: the years counted, not built.
    let ended = 0;
    for (let y = first; y < running; y++) if (!held(y)) ended += 1;
    return barePeriods(ended, first <= running && !held(running) ? 1 : 0);
  }
  const years = Array.from({ length: Math.max(0, running - first + 1) }, (_, i) => first + i);
  const periods = years.map((y) => ({ name: () => ({ zh: `${y}年`, en: String(y) }), held: held(y), ended: y < running }));
  return everyPeriod(periods, "years", { zh: "无记录的年份", en: "years with none recorded" });
}
