import { ruleBook } from "../../rules";
import { articleWords } from "../labels/documentWords";
import { UNIT_TEXT } from "../measure/units";
import type { Bilingual, Finding, Unit } from "../types";
import type { Lang } from "./words";

const LABELS = new Map(ruleBook.map((rule) => [rule.id, rule.label]));

/**
 * What a rule measures, in words (社区警务室面积): the built-in rule's label, or else the opening
 * words of a finding's message (a local document's rule), or else the rule's id.
 *
 * @example ruleLabel("longgang-2005/facility-area/police").zh // "社区警务室面积"
 */
export function ruleLabel(ruleId: string, message?: Bilingual): Bilingual {
  return LABELS.get(ruleId) ?? (message ? { zh: message.zh.split("：")[0]!, en: message.en.split(":")[0]! } : { zh: ruleId, en: ruleId });
}

/**
 * What a subject must fix: each failed standard by its article and what it measures, with its
 * shortfall and unit where it has one. The report's 汇总 joins them; the page prints them as a list.
 *
 * @example fixLines(findings, "zh") // ["第三十二条 社区警务室面积，差5.00平方米", …]
 */
export function fixLines(findings: readonly Finding[], lang: Lang): string[] {
  return findings.filter((f) => f.status === "fail").map((f) => fixLine(f.citation.article, ruleLabel(f.ruleId, f.message), f.shortfall, f.required?.unit, lang));
}

/**
 * One failed standard as fixLines writes it, from its parts: what the page's summary of outcomes
 * writes without a finding.
 *
 * @example fixLine("第三十二条", { zh: "社区警务室面积", en: "…" }, "5.00", "m2", "zh") // "第三十二条 社区警务室面积，差5.00平方米"
 */
export function fixLine(article: string, label: Bilingual, shortfall: string | number | null, unit: Unit | undefined, lang: Lang): string {
  const unitText = unit === undefined ? "" : UNIT_TEXT[unit][lang];
  const short = shortfall === null ? "" : lang === "zh" ? `，差${shortfall}${unitText}` : `, short by ${shortfall} ${unitText}`.trimEnd();
  return `${articleWords(article, lang)} ${label[lang]}${short}`;
}
