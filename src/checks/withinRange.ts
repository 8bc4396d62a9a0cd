import { toExact } from "../arithmetic/toExact";
import { wholeOf } from "../arithmetic/wholeOf";
import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import type { Unit } from "../types";
import { explaining, step } from "../measure/trace";
import { bareOutcome, figuresWanted, wordsWanted } from "../measure/figures";
import { unitText } from "../measure/units";
import { showMeasured, showRequired } from "./show";

// By how much the measured amount passes the top of the range, with its unit: 超出上限400户.
const exceeds = (by: string | number, unit: Unit) => ({
  zh: `超出上限${by}${unitText(unit, "zh", by)}`,
  en: `exceeds the upper bound by ${`${by} ${unitText(unit, "en", by)}`.trimEnd()}`,
});

/**
 * The measured amount lies in an inclusive range (3—7名, 1000~3000户). Below the range the shortfall
 * is reported; above it, the detail says by how much it exceeds.
 *
 * @example withinRange({ path: "residentsCommittee.members", value: 10 }, 5, 9, "people") // met: false
 */
export function withinRange(input: Input<number | string>, min: number | string, max: number | string, unit: Unit): Outcome {
  if (input.value === undefined) return missing(missingOf(input));
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => min === max
    ? { zh: `比较：应为 ${String(min)}`, en: `compare: must be ${String(min)}` }
    : { zh: `比较：应在 ${String(min)} 至 ${String(max)} 之间（含两端）`, en: `compare: must lie from ${String(min)} to ${String(max)}, both included` });
  const [m, lo, hi] = [wholeOf(input.value), wholeOf(min), wholeOf(max)];
  if (m !== undefined && lo !== undefined && hi !== undefined) {
    if (!figuresWanted()) return bareOutcome(m >= lo && m <= hi);
    const over = m > hi ? showMeasured(m - hi, unit) : null;
    return {
      kind: "measured",
      met: m >= lo && m <= hi,
      measured: showMeasured(m, unit),
      required: { comparison: min === max ? "equals" : "within", ...(min === max ? { value: lo } : { min, max }), unit },
      shortfall: m < lo ? showRequired(lo - m, unit) : null,
      ...(over !== null && wordsWanted() && { detail: exceeds(over, unit) }),
    };
  }
  const measured = toExact(input.value, input.path);
  const low = toExact(min);
  const high = toExact(max);
  const met = measured.gte(low) && measured.lte(high);
  if (!figuresWanted()) return bareOutcome(met);
  const excess = measured.gt(high) ? showMeasured(measured.minus(high), unit) : null;
  return {
    kind: "measured",
    met,
    measured: showMeasured(measured, unit),
    required: { comparison: min === max ? "equals" : "within", ...(min === max ? { value: low.toNumber() } : { min, max }), unit },
    shortfall: measured.lt(low) ? showRequired(low.minus(measured), unit) : null,
    ...(excess !== null && wordsWanted() && { detail: exceeds(excess, unit) }),
  };
}
