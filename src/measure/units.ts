import type { Bilingual, Unit } from "../types";

export const UNIT_TEXT: Record<Unit, Bilingual> = {
  m2: { zh: "平方米", en: "m²" },
  yuan: { zh: "元", en: "yuan" },
  people: { zh: "人", en: "people" },
  households: { zh: "户", en: "households" },
  count: { zh: "个", en: "" },
  beds: { zh: "张", en: "beds" },
  percent: { zh: "%", en: "%" },
  quarters: { zh: "个季度", en: "quarters" },
  years: { zh: "个年度", en: "years" },
};

/** The English word for one of a unit that counts (1 year, 1 person), where it differs. */
const UNIT_TEXT_ONE_EN: Partial<Record<Unit, string>> = { people: "person", households: "household", beds: "bed", quarters: "quarter", years: "year" };

/**
 * A unit's word beside a figure: one of a count in English is singular (1 year, 2 years); areas and
 * money are decimal text, never the number 1, and Chinese has one word.
 *
 * @example unitText("years", "en", 1) // "year"; unitText("years", "zh", 1) // "个年度"
 */
export function unitText(unit: Unit, lang: keyof Bilingual, value: unknown): string {
  return (lang === "en" && value === 1 && UNIT_TEXT_ONE_EN[unit]) || UNIT_TEXT[unit][lang];
}

/** Counts of people, beds and things are whole numbers; areas and money are exact decimal text. */
export function isWholeUnit(unit: Unit): boolean {
  return unit === "people" || unit === "households" || unit === "count" || unit === "beds" || unit === "quarters" || unit === "years";
}
