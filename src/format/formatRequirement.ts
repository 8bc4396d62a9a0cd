import { valueLabel } from "../labels/valueLabel";
import type { Bilingual, Requirement } from "../types";

/**
 * A requirement in a few characters, for a table cell or a spreadsheet.
 *
 * @example formatRequirement({ comparison: "at-least", value: "50.00", unit: "m2" }) // "≥ 50.00"
 * @example formatRequirement({ comparison: "within", min: 5, max: 9 })              // "5–9"
 * @example formatRequirement({ comparison: "is-true" }, "zh")                       // "是"
 */
export function formatRequirement(r: Requirement | null, lang: keyof Bilingual = "en"): string {
  if (r === null) return "";
  const zh = lang === "zh";
  const value = Array.isArray(r.value) ? r.value.map((v) => valueLabel(v, lang)).join("|") : valueLabel(String(r.value ?? ""), lang);
  switch (r.comparison) {
    case "at-least":
      return `≥ ${value}`;
    case "at-most":
      return `≤ ${value}`;
    case "within":
      return `${String(r.min)}–${String(r.max)}`;
    case "is-true":
      return zh ? "是" : "TRUE";
    case "all-true":
      return zh ? `全部 ${value} 项` : `all ${value}`;
    case "no-gap-over":
      return zh ? `间隔 ≤ ${value} 年` : `≤ ${value} years apart`;
    case "reported":
      if (r.value === undefined) return zh ? "只报告" : "reported";
      return `${zh ? "可 ≥ " : "may be ≥ "}${value}${r.unit === "percent" ? "%" : ""}`;
    default:
      return value;
  }
}
