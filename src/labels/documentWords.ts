import type { Bilingual, DocumentId } from "../types";

const SHORT: Readonly<Record<DocumentId, Bilingual>> = {
  "guangzhou-2000": { zh: "广州（2000）", en: "Guangzhou 2000" },
  "guangzhou-2011": { zh: "广州（2011）", en: "Guangzhou 2011" },
  "longgang-2005": { zh: "龙岗（2005）", en: "Longgang 2005" },
  "linyi-report": { zh: "临沂", en: "Linyi" },
  "dunhuang-opinions": { zh: "敦煌", en: "Dunhuang" },
};

/**
 * A document as a printed report names it: the five by a short name, a local one by its title.
 *
 * @example documentWords("longgang-2005", "深圳市龙岗区社区建设工作试行办法", "zh") // "龙岗（2005）"
 */
export function documentWords(id: string, title: string, lang: "zh" | "en"): string {
  return (SHORT as Readonly<Record<string, Bilingual>>)[id]?.[lang] ?? title;
}

const DIGITS = "零一二三四五六七八九";

/** A whole number below 100 in Chinese numerals: 8 → 八, 12 → 十二, 23 → 二十三. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/**
 * An article as a person reads it: a bare number (Guangzhou 2011's numbered paragraphs: "8") as
 * 第八条 (art. 8 in English); anything else (第三十二条, 三(一)2) as it stands.
 *
 * @example articleWords("12", "zh") // "第十二条"
 */
export function articleWords(article: string, lang: "zh" | "en"): string {
  if (!/^\d{1,2}$/.test(article)) return article;
  return lang === "zh" ? `第${chineseNumber(Number(article))}条` : `art. ${Number(article)}`;
}
