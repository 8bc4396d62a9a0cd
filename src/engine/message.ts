import { fieldLabel } from "../labels/fieldLabel";
import { valueLabel } from "../labels/valueLabel";
import type { Bilingual, Finding, Override, Requirement, Status } from "../types";
import { unitText } from "../measure/units";

const STATUS_TEXT: Record<Status, Bilingual> = {
  pass: { zh: "达标", en: "met" },
  fail: { zh: "未达标", en: "not met" },
  pending: { zh: "未达标，尚未到期", en: "not met yet, not yet due" },
  "not-applicable": { zh: "不适用", en: "not applicable" },
  "insufficient-data": { zh: "数据不足", en: "insufficient data" },
  info: { zh: "报告", en: "reported" },
};


function withUnit(value: unknown, requirement: Requirement | null, lang: keyof Bilingual): string {
  const zh = lang === "zh";
  const unit = requirement?.unit === undefined ? "" : unitText(requirement.unit, lang, value);
  if (typeof value === "string") {
    const label = valueLabel(value, lang);
    if (label !== value) return label;
  } else if (typeof value === "boolean") return zh ? (value ? "有" : "无") : value ? "yes" : "no";
  else if (Array.isArray(value)) return value.map((v) => withUnit(v, requirement, lang)).join(zh ? "或" : " or ");
  return zh || unit === "" || unit === "%" ? String(value) + unit : String(value) + " " + unit;
}

function requirementText(r: Requirement, approximate: boolean, lang: keyof Bilingual): string {
  const about = approximate ? (lang === "zh" ? "左右" : " (approximate)") : "";
  const basis = r.basis ? (lang === "zh" ? `（${r.basis.zh}）` : ` (${r.basis.en})`) : "";
  const zh = lang === "zh";
  switch (r.comparison) {
    case "at-least":
      return `${zh ? "不少于" : "at least "}${withUnit(r.value, r, lang)}${about}${basis}`;
    case "at-most":
      return `${zh ? "不超过" : "at most "}${withUnit(r.value, r, lang)}${about}${basis}`;
    case "within":
      return zh ? `${String(r.min)}至${withUnit(r.max, r, lang)}` : `${String(r.min)} to ${withUnit(r.max, r, lang)}`;
    case "equals":
      return `${zh ? "" : "exactly "}${withUnit(r.value, r, lang)}`;
    case "is-true":
      return zh ? "有" : "yes";
    case "reported":
      if (r.value === undefined) return zh ? "只报告（条文未定比例）" : "reported (the text sets no figure)";
      return zh ? `可在${withUnit(r.value, r, lang)}以上` : `allowed at ${withUnit(r.value, r, lang)} or more`;
    case "no-gap-over":
      return zh ? `间隔不超过${String(r.value)}年` : `no gap over ${String(r.value)} years`;
    case "all-true":
      return zh ? `全部 ${String(r.value)} 项` : `all ${String(r.value)}`;
    default:
      return `${withUnit(r.value, r, lang)}${about}${basis}`;
  }
}

export type MessageParts = Pick<Finding, "status" | "measured" | "required" | "shortfall" | "due" | "missing" | "approximate" | "override">;

/**
 * What an override changed, in a few characters, for a message and an explanation alike.
 *
 * @example overrideChanges(override, "en") // "denominator 300→400, due 2010-12-31→none"
 */
export function overrideChanges({ original, applied }: Override, lang: keyof Bilingual): string {
  const value = (v: unknown) => (Array.isArray(v) ? v.join("/") : v === null || v === undefined ? (lang === "zh" ? "无" : "none") : String(v));
  const parts = Object.entries(applied.threshold ?? {}).map(([key, v]) => `${key} ${value(original.threshold?.[key])}→${value(v)}`);
  if (applied.due !== undefined) parts.push(`${lang === "zh" ? "期限" : "due"} ${value(original.due)}→${value(applied.due)}`);
  return parts.join(lang === "zh" ? "，" : ", ");
}

/**
 * The finding in a sentence, in Chinese and English, as plain text (JSON, spreading,
 * structuredClone and deep equality all see it). Composed at once: in V8, getters that would
 * compose it when read cost the engine more than the text (tests/bench/messageShapes.bench.ts).
 *
 * @example message(finding, rule.label).zh // "社区图书室面积：未达标；实际99.5平方米；要求不少于100.00平方米；差0.50平方米。"
 */
export function message(parts: MessageParts, label: Bilingual, detail?: Bilingual): Bilingual {
  return inBoth(parts, label, detail, memoOf(label));
}

/**
 * The finding in a sentence in one language: what `message(parts, label, detail)[lang]` gives, for
 * writers that need one language and no finding.
 *
 * @example messageIn(parts, rule.label, undefined, "zh") // "社区图书室面积：未达标；…"
 */
export function messageIn(parts: MessageParts, label: Bilingual, detail: Bilingual | undefined, lang: keyof Bilingual): string {
  return sentence(parts, label, detail, lang, memoOf(label));
}

/**
 * The same sentences composed afresh, with nothing kept from earlier findings: what `message` must
 * always give (tests hold it to this).
 *
 * @example composeMessage(finding, rule.label).en // "community library area: not met; …"
 */
export function composeMessage(parts: MessageParts, label: Bilingual, detail?: Bilingual): Bilingual {
  return inBoth(parts, label, detail, { heads: {} });
}

const inBoth = (parts: MessageParts, label: Bilingual, detail: Bilingual | undefined, memo: Memo): Bilingual => ({
  zh: sentence(parts, label, detail, "zh", memo),
  en: sentence(parts, label, detail, "en", memo),
});

// What one rule's sentences share from one finding to the next, kept by its label: the opening
// ("社区图书室面积：未达标") and the last requirement put in words ("；要求不少于100.00平方米"), reused while the next is the same.
interface Memo {
  heads: Partial<Record<Status, Bilingual>>;
  required?: { of: Requirement; approximate: boolean; text: Bilingual };
}
const memos = new WeakMap<Bilingual, Memo>();

function memoOf(label: Bilingual): Memo {
  let memo = memos.get(label);
  if (memo === undefined) memos.set(label, (memo = { heads: {} }));
  return memo;
}

const sameRequirement = (a: Requirement, b: Requirement) =>
  a.comparison === b.comparison && a.value === b.value && a.min === b.min && a.max === b.max && a.unit === b.unit && a.basis?.zh === b.basis?.zh && a.basis?.en === b.basis?.en;

function requirementWords(r: Requirement, approximate: boolean, lang: keyof Bilingual, memo: Memo): string {
  const last = memo.required;
  if (last !== undefined && last.approximate === approximate && sameRequirement(last.of, r)) return last.text[lang];
  // The requirement is kept as figures only (a list is compared by identity, so never reused), so a
  // caller changing a finding's requirement cannot change another finding's words.
  const of = { comparison: r.comparison, value: r.value, min: r.min, max: r.max, unit: r.unit, basis: r.basis && { ...r.basis } };
  memo.required = { of, approximate, text: { zh: WORDS.zh.required + requirementText(r, approximate, "zh"), en: WORDS.en.required + requirementText(r, approximate, "en") } };
  return memo.required.text[lang];
}

// The words between a sentence's figures, separator included, so that each figure costs one join.
const WORDS = {
  zh: { sep: "；", missing: "；缺少", measured: "；实际", required: "；要求", short: "；差", due: "；期限", end: "。" },
  en: { sep: "; ", missing: "; missing ", measured: "; measured ", required: "; required ", short: "; short by ", due: "; due ", end: "." },
} as const;

// Composed by concatenation, not a list joined: every finding has a message in both languages, so
// this runs for each one.
function sentence(p: MessageParts, label: Bilingual, detail: Bilingual | undefined, lang: keyof Bilingual, memo: Memo): string {
  const words = WORDS[lang];
  const head = (memo.heads[p.status] ??= { zh: `${label.zh}：${STATUS_TEXT[p.status].zh}`, en: `${label.en}: ${STATUS_TEXT[p.status].en}` });
  let text = head[lang];
  if (p.status === "insufficient-data") {
    text += words.missing + (lang === "zh" ? p.missing.map(fieldLabel).join("、") : p.missing.join(", "));
  } else if (p.required !== null) {
    if (p.measured !== null) text += words.measured + withUnit(p.measured, p.required, lang);
    text += requirementWords(p.required, p.approximate, lang, memo);
    if (p.measured !== null && p.shortfall !== null) text += words.short + withUnit(p.shortfall, p.required, lang);
  } else if (p.measured !== null) {
    text += words.measured + withUnit(p.measured, null, lang);
  }
  if (detail) text += words.sep + detail[lang];
  if (typeof __SHEETS__ === "undefined" && p.override) text += words.sep + (lang === "zh" ? `已按“${p.override.source}”调整（${overrideChanges(p.override, lang)}）` : `adjusted by ${p.override.source} (${overrideChanges(p.override, lang)})`);
  if (p.due !== null && (p.status === "pending" || p.status === "fail")) text += words.due + p.due;
  return text + words.end;
}
