import type { Exact } from "../arithmetic/exact";
import { toExact } from "../arithmetic/toExact";
import { wholeOf } from "../arithmetic/wholeOf";
import { ceilFixedToHundredth, commonUnits, formatFixed } from "../arithmetic/fixedOf";
import { isWholeUnit } from "../measure/units";
import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import type { Unit } from "../types";
import { explaining, step } from "../measure/trace";
import { bareOutcome, figuresWanted } from "../measure/figures";
import { roundingOf, showMeasured, showRequired } from "./show";

function compared(measured: string, required: string, met: boolean, unit: Unit) {
  const { zh, en } = roundingOf(unit);
  return met
    ? { zh: `比较：${measured} ≥ ${required}，达到`, en: `compare: ${measured} ≥ ${required}, met` }
    : { zh: `比较：${measured} < ${required}，差 ${required} − ${measured}（${zh}）`, en: `compare: ${measured} < ${required}, short by ${required} − ${measured} (${en})` };
}

/**
 * Areas and money written with at most 15 digits ("210.55" against 200), compared as whole units of
 * their finest place: the outcome the Decimal path gives (tests/checks/fixedFastPath.test.ts), or
 * undefined where a figure is past that.
 */
function fixedAtLeast(value: number | string, min: Exact | number | string, unit: Unit): Outcome | undefined {
  const common = commonUnits([value, min]);
  if (common === undefined) return undefined;
  const { units: [m, r], scale } = common as { units: [number, number]; scale: number };
  if (!figuresWanted()) return bareOutcome(m >= r);
  const required = ceilFixedToHundredth(r, scale);
  const shortfall = m >= r ? null : ceilFixedToHundredth(r - m, scale);
  if (required === undefined || shortfall === undefined) return undefined;
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => compared(formatFixed(m, scale), formatFixed(r, scale), m >= r, unit));
  return { kind: "measured", met: m >= r, measured: formatFixed(m, scale), required: { comparison: "at-least", value: required, unit }, shortfall };
}

const isInput = (min: unknown): min is Input<number | string> => typeof min === "object" && min !== null && "path" in min;

/**
 * The measured amount is at least `min` (以上, 不少于, 不低于, 达到: the boundary complies). The minimum
 * may be another field of the subject (不得低于上年度当地职工平均工资).
 *
 * @example atLeast({ path: "areaM2", value: 199.99 }, 200, "m2") // met: false, shortfall "0.01"
 */
export function atLeast(input: Input<number | string>, min: Exact | number | string | Input<number | string>, unit: Unit): Outcome {
  const floor = isInput(min) ? min : { path: "", value: min };
  if (input.value === undefined || floor.value === undefined) return missing(missingOf(input, ...(isInput(min) ? [min] : [])));
  const [m, r] = [wholeOf(input.value), wholeOf(floor.value)];
  if (m !== undefined && r !== undefined) {
    if (typeof __SHEETS__ === "undefined" && explaining()) step(() => compared(String(m), String(r), m >= r, unit));
    if (!figuresWanted()) return bareOutcome(m >= r);
    return { kind: "measured", met: m >= r, measured: showMeasured(m, unit), required: { comparison: "at-least", value: showRequired(r, unit), unit }, shortfall: m >= r ? null : showRequired(r - m, unit) };
  }
  const fixed = isWholeUnit(unit) ? undefined : fixedAtLeast(input.value, floor.value, unit);
  if (fixed) return fixed;
  const measured = toExact(input.value, input.path);
  const required = toExact(floor.value, floor.path);
  const met = measured.gte(required);
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => compared(measured.toFixed(), required.toFixed(), met, unit));
  if (!figuresWanted()) return bareOutcome(met);
  return {
    kind: "measured",
    met,
    measured: showMeasured(measured, unit),
    required: { comparison: "at-least", value: showRequired(required, unit), unit },
    shortfall: met ? null : showRequired(required.minus(measured), unit),
  };
}
