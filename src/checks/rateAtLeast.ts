import { ceilQuotient } from "../arithmetic/ceilQuotient";
import { toExact } from "../arithmetic/toExact";
import { commonUnits, formatFixed } from "../arithmetic/fixedOf";
import { hundredthsText } from "../arithmetic/hundredthsText";
import { isWholeUnit } from "../measure/units";
import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import type { Bilingual, Unit } from "../types";
import { explaining, step } from "../measure/trace";
import { bareOutcome, figuresWanted } from "../measure/figures";
import { roundingOf, showMeasured, showRequired } from "./show";

/** A rate as the document states it: `numerator` per `denominator` (15 per 100, 2 per 10000). */
export interface Rate {
  numerator: number;
  denominator: number;
}

// Figures of at most 15 digits ("123.45", 2001) whose products with the rate stay safe integers,
// as counts and recorded areas are: the outcome the Decimal path gives, worked out in whole units
// of the finest place (tests/checks hold both equal).
function fixedRate(value: number | string, base: Input<number | string>, rate: Rate, unit: Unit): Outcome | undefined {
  const common = commonUnits([value, base.value]);
  // A rate changed by an override may be a fraction (2.5 per 100): Decimal then.
  if (common === undefined || !Number.isSafeInteger(rate.numerator) || !Number.isSafeInteger(rate.denominator)) return undefined;
  const { units: [m, b], scale } = common as { units: [number, number]; scale: number };
  // A count in tenths has no whole number to round up to without Decimal's help.
  if (scale > 0 && isWholeUnit(unit)) return undefined;
  const [have, need, per] = [m * rate.denominator, b * rate.numerator, rate.denominator * 10 ** scale];
  if (!Number.isSafeInteger(have) || !Number.isSafeInteger(need * 100) || !Number.isSafeInteger(per)) return undefined;
  if (!figuresWanted()) return bareOutcome(have >= need);
  // Whole units round up to a whole number, the others up to 0.01 (showRequired).
  const up = (scaled: number) => (isWholeUnit(unit) ? ceilQuotient(scaled, per) : hundredthsText(ceilQuotient(scaled * 100, per)));
  const met = have >= need;
  return {
    kind: "measured",
    met,
    measured: isWholeUnit(unit) ? m : formatFixed(m, scale),
    required: { comparison: "at-least", value: up(need), unit, basis: basisOf(base.path, formatFixed(b, scale), rate) },
    shortfall: met ? null : up(need - have),
  };
}


/** What the bases of the documents' rates are called in messages. */
const BASE_LABELS: Record<string, Bilingual> = {
  population: { zh: "人口", en: "population" },
  elderlyPopulation: { zh: "老年人口", en: "elderly population" },
  residentsCommittees: { zh: "居委会总数", en: "residents committees" },
  buildingAreaM2: { zh: "建筑面积", en: "building area" },
  "residentsCommittee.fullTimeStaff": { zh: "居委会专职人员", en: "full-time staff" },
  "residentsCommittee.election.eligibleVoters": { zh: "选民", en: "eligible voters" },
};

const perText = (rate: Rate) => (rate.denominator === 100 ? `${rate.numerator}%` : `${rate.numerator}/${rate.denominator}`);

/** "人口 2001 × 15%" / "15% of population 2001". */
function basisOf(path: string, base: string, rate: Rate): Bilingual {
  const per = perText(rate);
  return { zh: `${BASE_LABELS[path]?.zh ?? path} ${base} × ${per}`, en: `${per} of ${BASE_LABELS[path]?.en ?? path} ${base}` };
}

/**
 * The measured amount meets a rate over a base (per-capita rates and shares alike): exact, as
 * `measured × denominator ≥ base × numerator`. The requirement is the smallest whole number meeting
 * the rate for people and beds, or the area rounded up to 0.01 m².
 *
 * @example rateAtLeast(volunteers, population, { numerator: 15, denominator: 100 }, "people")
 *          // 2,001 residents → required 301
 */
export function rateAtLeast(input: Input<number | string>, base: Input<number | string>, rate: Rate, unit: Unit): Outcome {
  if (input.value === undefined || base.value === undefined) return missing(missingOf(input, base));
  // An explanation shows the exact quotient, which only the Decimal path works out.
  const fast = typeof __SHEETS__ === "undefined" && explaining() ? undefined : fixedRate(input.value, base, rate, unit);
  if (fast) return fast;
  const measured = toExact(input.value, input.path);
  const baseValue = toExact(base.value, base.path);
  const met = measured.times(rate.denominator).gte(baseValue.times(rate.numerator));
  if (!figuresWanted()) return bareOutcome(met);
  const exactRequired = baseValue.times(rate.numerator).div(rate.denominator);
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => {
    const { zh, en } = roundingOf(unit);
    const need = `${baseValue.toFixed()} × ${rate.numerator} ÷ ${rate.denominator} = ${exactRequired.toFixed()}`;
    return { zh: `要求：${need}，${zh}，得 ${String(showRequired(exactRequired, unit))}`, en: `required: ${need}, ${en}: ${String(showRequired(exactRequired, unit))}` };
  });
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => {
    const [left, right] = [measured.times(rate.denominator).toFixed(), baseValue.times(rate.numerator).toFixed()];
    const sum = `${measured.toFixed()} × ${rate.denominator} = ${left} ${met ? "≥" : "<"} ${baseValue.toFixed()} × ${rate.numerator} = ${right}`;
    return { zh: `比较（不做除法，精确）：${sum}，${met ? "达到" : "未达到"}`, en: `compare (exactly, without dividing): ${sum}, ${met ? "met" : "not met"}` };
  });
  return {
    kind: "measured",
    met,
    measured: showMeasured(measured, unit),
    required: {
      comparison: "at-least",
      value: showRequired(exactRequired, unit),
      unit,
      basis: basisOf(base.path, baseValue.toFixed(), rate),
    },
    shortfall: met ? null : showRequired(exactRequired.minus(measured), unit),
  };
}
