import { ENUM_LABELS } from "../labels/enumLabels";
import { fieldLabel } from "../labels/fieldLabel";
import { unitText } from "../measure/units";
import type { RuleInfo } from "../rule/rule";
import type { Bilingual, Language as Lang } from "../types";
type Words = (value: unknown, lang: Lang) => string;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const named = (table: Readonly<Record<string, Bilingual>>) => (value: unknown, lang: Lang) =>
  list(value)
    .map((code) => table[String(code)]?.[lang] ?? String(code))
    .join(lang === "zh" ? "、" : ", ");
// Whole numbers with thousands separators, as money and areas are written in reports.
const figure = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value.toLocaleString("en-US") : String(value));
const forms = named(ENUM_LABELS.partyOrganizationForm);

/**
 * Each figure a built-in rule's threshold holds, in words, by its key. A key this table does not
 * know (a local document's own) is shown as `key=value`.
 */
const WORDS: Readonly<Record<string, Words>> = {
  all: (v, l) => (l === "zh" ? `${figure(v)}项均须具备` : `all ${figure(v)}`),
  asContracted: (_, l) => (l === "zh" ? "按原定合同面积" : "the area contracted"),
  allowedFromPercent: (v, l) => (l === "zh" ? `${figure(v)}%以上可` : `allowed from ${figure(v)}%`),
  branchForms: (v, l) => (l === "zh" ? `不足设总支人数：${forms(v, l)}` : `below the general-branch size: ${forms(v, l)}`),
  branchFrom: (v, l) => (l === "zh" ? `正式党员${figure(v)}人以上设党组织` : `an organization from ${figure(v)} members`),
  categories: (v, l) => (l === "zh" ? `类别：${named(ENUM_LABELS.civilOrganizationCategory)(v, l)}` : `categories: ${named(ENUM_LABELS.civilOrganizationCategory)(v, l)}`),
  consecutiveFailures: (v, l) => (l === "zh" ? `连续${figure(v)}年不合格` : `${figure(v)} failures in a row`),
  delivered: (_, l) => (l === "zh" ? "须交付" : "delivered"),
  everyYears: (v, l) => (l === "zh" ? `每${figure(v)}年` : `every ${figure(v)} years`),
  floor: (v, l) => (l === "zh" ? `不低于${fieldLabel(String(v))}` : `not below ${String(v)}`),
  forms: (v, l) => (l === "zh" ? `组织形式：${forms(v, l)}` : `forms: ${forms(v, l)}`),
  function: (v, l) => (l === "zh" ? `用途：${named(ENUM_LABELS.roomFunction)(v, l)}` : `use: ${String(v)}`),
  generalBranchForms: (v, l) => (l === "zh" ? `达到设总支人数：${forms(v, l)}` : `from the general-branch size: ${forms(v, l)}`),
  generalBranchFrom: (v, l) => (l === "zh" ? `正式党员${figure(v)}人以上设党总支` : `a general branch from ${figure(v)} members`),
  grades: (v, l) => (l === "zh" ? `等级：${named(ENUM_LABELS.cultureStationGrade)(v, l)}` : `grades: ${named(ENUM_LABELS.cultureStationGrade)(v, l)}`),
  insurances: (v, l) => (l === "zh" ? `保险：${named(ENUM_LABELS.insurance)(v, l)}` : `insurances: ${named(ENUM_LABELS.insurance)(v, l)}`),
  items: (v, l) =>
    list(v)
      .map((item) => (item as { name?: Bilingual }).name?.[l] ?? String(item))
      .join(l === "zh" ? "、" : ", "),
  managementFeePercent: (v, l) => (l === "zh" ? `购置费按建设成本价加${figure(v)}%管理费` : `cost plus ${figure(v)}% management fee`),
  meetingsPerQuarter: (v, l) => (l === "zh" ? `每季度${figure(v)}次` : `${figure(v)} a quarter`),
  minM2: (v, l) => (l === "zh" ? `不少于${figure(v)}平方米` : `at least ${figure(v)} m²`),
  minPerYear: (v, l) => (l === "zh" ? `每年不少于${figure(v)}件` : `at least ${figure(v)} a year`),
  minPosts: (v, l) => (l === "zh" ? `编制不少于${figure(v)}名` : `at least ${figure(v)} posts`),
  minYuan: (v, l) => (l === "zh" ? `不少于${figure(v)}元` : `at least ${figure(v)} yuan`),
  passed: (_, l) => (l === "zh" ? "考核合格" : "passed"),
  path: (v, l) => (l === "zh" ? fieldLabel(String(v)) : String(v)),
  perYear: (v, l) => (l === "zh" ? `每年${figure(v)}次` : `${figure(v)} a year`),
  phase: (v, l) => (l === "zh" ? `第${figure(v)}期建设` : `phase ${figure(v)}`),
  present: (_, l) => (l === "zh" ? "须设有" : "present"),
  ratio: (v, l) => (l === "zh" ? `每${figure(v)}平方米住宅配1平方米` : `1 m² per ${figure(v)} m²`),
  reportedOnly: (_, l) => (l === "zh" ? "只报告比例（条文未定比例）" : "the share reported (no figure in the text)"),
  samePerson: (_, l) => (l === "zh" ? "由同一人担任" : "the same person"),
  share: (v, l) => (l === "zh" ? `各承担${String(v)}` : `${String(v)} each`),
  signed: (_, l) => (l === "zh" ? "须签订协议" : "signed"),
  subsidyYuan: (v, l) => (l === "zh" ? `补贴${figure(v)}元` : `subsidy ${figure(v)} yuan`),
  textRange: (v, l) => (l === "zh" ? `原文：${list(v).join("～")}个` : `the text says ${list(v).join("–")}`),
  toleranceYuan: (v, l) => (l === "zh" ? `误差不超过${String(v)}元` : `within ${String(v)} yuan`),
  values: (v, l) => (l === "zh" ? `取值：${list(v).map((x) => ENUM_LABELS.partyOrganizationForm[String(x) as "branch"]?.zh ?? ENUM_LABELS.cultureStationGrade[String(x) as "first"]?.zh ?? String(x)).join("、")}` : `one of: ${list(v).join(", ")}`),
  withoutGeneralBranchConditionsForms: (v, l) => (l === "zh" ? `不具备设总支条件：${forms(v, l)}` : `without general-branch conditions: ${forms(v, l)}`),
};

const raw = (key: string, value: unknown) =>
  `${key}=${Array.isArray(value) ? value.join("、") : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`;

/** The bounds `min` and `max` together: 1000～3000户, 1人, 不少于2个. */
function bounds(threshold: Record<string, unknown>, rule: Pick<RuleInfo, "unit">, lang: Lang): string | undefined {
  const { min, max } = threshold;
  if (min === undefined && max === undefined) return undefined;
  const word = (value: unknown) => (rule.unit === undefined ? "" : unitText(rule.unit, lang, value));
  const unit = (value: unknown) => (lang === "zh" || word(value) === "" ? word(value) : ` ${word(value)}`);
  if (min !== undefined && max !== undefined) {
    if (min === max) return `${figure(min)}${unit(min)}`;
    return lang === "zh" ? `${figure(min)}～${figure(max)}${unit(max)}` : `${figure(min)}–${figure(max)}${unit(max)}`;
  }
  if (min !== undefined) return lang === "zh" ? `不少于${figure(min)}${unit(min)}` : `at least ${figure(min)}${unit(min)}`;
  return lang === "zh" ? `不多于${figure(max)}${unit(max)}` : `at most ${figure(max)}${unit(max)}`;
}

/**
 * A rule's figures as a person reads them, in the language asked for: what 依据's 指标 column,
 * the page's catalogue and the rules list show.
 *
 * @example thresholdWords({ threshold: { min: 1000, max: 3000 }, unit: "households" }, "zh") // "1000～3000户"
 * @example thresholdWords({ threshold: { numerator: 1, denominator: 300 } }, "zh") // "比例1/300"
 */
export function thresholdWords(rule: Pick<RuleInfo, "threshold" | "unit">, lang: Lang): string {
  const { threshold } = rule;
  if (threshold === null || threshold === undefined) return "";
  if (typeof threshold !== "object") return String(threshold);
  const entries = threshold as Record<string, unknown>;
  const parts: string[] = [];
  const range = bounds(entries, rule, lang);
  if (range !== undefined) parts.push(range);
  if (entries.numerator !== undefined && entries.denominator !== undefined) parts.push(`${lang === "zh" ? "比例" : "ratio "}${String(entries.numerator)}/${String(entries.denominator)}`);
  for (const [key, value] of Object.entries(entries)) {
    if (key === "min" || key === "max" || ((key === "numerator" || key === "denominator") && entries.numerator !== undefined && entries.denominator !== undefined)) continue;
    const words = Object.hasOwn(WORDS, key) ? WORDS[key]! : undefined;
    parts.push(words === undefined ? raw(key, value) : words(value, lang));
  }
  return parts.join(lang === "zh" ? "；" : "; ");
}
