import { yearOf } from "../dates/yearOf";
import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import { everyPeriod } from "./everyPeriod";

/**
 * Held at least `perYear` times a year (每年, 按年度: once). Two years are judged: the last full year before the as-of
 * day (none that year is a failure) and the running year (pending until one is held). A year before
 * the document came into force is not asked for; days after the as-of day are not yet known.
 *
 * @example everyYear({ path: "workerTrainings", value: ["2012-06-01"] }, "2013-03-01", null) // 1 of 2 years, pending
 */
export function everyYear(days: Input<readonly string[]>, asOf: string, inForce: string | null, perYear = 1): Outcome {
  if (days.value === undefined) return missing(missingOf(days));
  const running = yearOf(asOf);
  const heldIn = new Map<number, number>();
  for (const day of days.value) if (day <= asOf) heldIn.set(yearOf(day), (heldIn.get(yearOf(day)) ?? 0) + 1);
  const years = [running - 1, running].filter((y) => inForce === null || y >= yearOf(inForce));
  const periods = years.map((y) => ({ name: { zh: `${y}年`, en: String(y) }, held: (heldIn.get(y) ?? 0) >= perYear, ended: y < running }));
  return everyPeriod(periods, "years", { zh: "无记录的年份", en: "years with none recorded" });
}
