import type { Requirement } from "../types";

/**
 * A requirement in a few characters, for a table cell or a spreadsheet.
 *
 * @example formatRequirement({ comparison: "at-least", value: "50.00", unit: "m2" }) // "≥ 50.00"
 * @example formatRequirement({ comparison: "within", min: 5, max: 9 })              // "5–9"
 */
export function formatRequirement(r: Requirement | null): string {
  if (r === null) return "";
  const value = Array.isArray(r.value) ? r.value.join("|") : String(r.value ?? "");
  switch (r.comparison) {
    case "at-least":
      return `≥ ${value}`;
    case "at-most":
      return `≤ ${value}`;
    case "within":
      return `${String(r.min)}–${String(r.max)}`;
    case "is-true":
      return "TRUE";
    case "all-true":
      return `all ${value}`;
    case "no-gap-over":
      return `≤ ${value} years apart`;
    case "reported":
      return `may be ≥ ${value}${r.unit === "percent" ? "%" : ""}`;
    default:
      return value;
  }
}
