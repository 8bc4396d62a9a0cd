import { yearOf } from "../dates/yearOf";
import { type Input, missingOf } from "../engine/field";
import { missing, type Outcome } from "../engine/outcome";
import { everyPeriod } from "./everyPeriod";

/**
 * Held at least once a year (每年, 按年度). Two years are judged: the last full year before the as-of
 * day (none that year is a failure) and the running year (pending until one is held). A year before
 * the document came into force is not asked for; days after the as-of day are not yet known.
 *
 * @example everyYear({ path: "workerTrainings", value: ["2012-06-01"] }, "2013-03-01", null) // 1 of 2 years, pending
 */
export function everyYear(days: Input<readonly string[]>, asOf: string, inForce: string | null): Outcome {
  if (days.value === undefined) return missing(missingOf(days));
  const running = yearOf(asOf);
  const heldIn = new Set(days.value.filter((day) => day <= asOf).map(yearOf));
  const years = [running - 1, running].filter((y) => inForce === null || y >= yearOf(inForce));
  const periods = years.map((y) => ({ name: { zh: `${y}年`, en: String(y) }, held: heldIn.has(y), ended: y < running }));
  return everyPeriod(periods, "years", { zh: "无记录的年份", en: "years with none recorded" });
}
