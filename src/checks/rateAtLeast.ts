import { toExact } from "../arithmetic/toExact";
import { type Input, missingOf } from "../engine/field";
import { missing, type Outcome } from "../engine/outcome";
import type { Bilingual, Unit } from "../types";
import { explaining, step } from "../engine/trace";
import { roundingOf, showMeasured, showRequired } from "./show";

/** A rate as the document states it: `numerator` per `denominator` (15 per 100, 2 per 10000). */
export interface Rate {
  numerator: number;
  denominator: number;
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
  const measured = toExact(input.value, input.path);
  const baseValue = toExact(base.value, base.path);
  const exactRequired = baseValue.times(rate.numerator).div(rate.denominator);
  const met = measured.times(rate.denominator).gte(baseValue.times(rate.numerator));
  const per = rate.denominator === 100 ? `${rate.numerator}%` : `${rate.numerator}/${rate.denominator}`;
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => {
    const { zh, en } = roundingOf(unit);
    const need = `${baseValue.toFixed()} × ${rate.numerator} ÷ ${rate.denominator} = ${exactRequired.toFixed()}`;
    return { zh: `要求：${need}，${zh}得 ${String(showRequired(exactRequired, unit))}`, en: `required: ${need}, ${en}: ${String(showRequired(exactRequired, unit))}` };
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
      basis: {
        zh: `${BASE_LABELS[base.path]?.zh ?? base.path} ${baseValue.toFixed()} × ${per}`,
        en: `${per} of ${BASE_LABELS[base.path]?.en ?? base.path} ${baseValue.toFixed()}`,
      },
    },
    shortfall: met ? null : showRequired(exactRequired.minus(measured), unit),
  };
}
