import type { Bilingual } from "../types";
import { ENUM_LABELS } from "./enumLabels";

// The enumerated values a finding can measure or require: party organization forms and culture
// station grades (both say 无 for none).
// A Map: a figure such as "45.00" is looked up for every finding, and a Map need not intern it as a
// property key.
const VALUES: ReadonlyMap<string, Bilingual> = new Map(Object.entries({ ...ENUM_LABELS.cultureStationGrade, ...ENUM_LABELS.partyOrganizationForm }));

/**
 * A measured or required value as a person reads it: an enumerated code by its Chinese name in
 * Chinese, anything else as it is.
 *
 * @example valueLabel("general-branch", "zh") // "党总支"
 * @example valueLabel("45", "zh") // "45"
 */
export function valueLabel(value: string, lang: keyof Bilingual): string {
  return lang === "zh" ? (VALUES.get(value)?.zh ?? value) : value;
}
