import { Exact } from "../arithmetic/exact";
import { percentOf } from "../arithmetic/percentOf";
import type { Measured } from "../measure/outcome";

/**
 * A share the text allows or encourages rather than asks for (可在70%以上, 可达70%以上; 尽可能,
 * 推行 with no figure): reported as a percentage, with whether it lies in the expressly allowed
 * range when the text names one, never failed. The caller has checked that `whole` is above 0.
 *
 * @example reportedShare(5, 7, 70) // measured "71.43", detail: within the allowed 70% or more
 * @example reportedShare(5, 7)     // measured "71.43", no figure to compare with
 */
export function reportedShare(part: number, whole: number, allowedFromPercent?: number): Measured {
  const measured = percentOf(part, whole);
  if (allowedFromPercent === undefined) {
    return { kind: "measured", met: true, report: true, measured, required: { comparison: "reported", unit: "percent" }, shortfall: null };
  }
  // part / whole ≥ p% ⇔ part × 100 ≥ p × whole: exact, without dividing.
  const [left, right] = [part * 100, allowedFromPercent * whole];
  const allowed = Number.isSafeInteger(left) && Number.isSafeInteger(right) ? left >= right : new Exact(part).times(100).gte(new Exact(allowedFromPercent).times(whole));
  return {
    kind: "measured",
    met: true,
    report: true,
    measured,
    required: { comparison: "reported", value: String(allowedFromPercent), unit: "percent" },
    shortfall: null,
    detail: allowed
      ? { zh: `在明确允许的${allowedFromPercent}%以上范围内`, en: `within the expressly allowed ${allowedFromPercent}% or more` }
      : { zh: `低于${allowedFromPercent}%，条文未作要求`, en: `below ${allowedFromPercent}%, which the text does not require` },
  };
}
