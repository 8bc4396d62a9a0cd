import type { Bilingual, Unit } from "../types";

export const UNIT_TEXT: Record<Unit, Bilingual> = {
  m2: { zh: "平方米", en: "m²" },
  yuan: { zh: "元", en: "yuan" },
  people: { zh: "人", en: "people" },
  count: { zh: "个", en: "" },
  beds: { zh: "张", en: "beds" },
  percent: { zh: "%", en: "%" },
  quarters: { zh: "个季度", en: "quarters" },
  years: { zh: "个年度", en: "years" },
};

/** The English word for one of a unit that counts (1 year, 1 person), where it differs. */
export const UNIT_TEXT_ONE_EN: Partial<Record<Unit, string>> = { people: "person", beds: "bed", quarters: "quarter", years: "year" };

/** Counts of people, beds and things are whole numbers; areas and money are exact decimal text. */
export function isWholeUnit(unit: Unit): boolean {
  return unit === "people" || unit === "count" || unit === "beds" || unit === "quarters" || unit === "years";
}
