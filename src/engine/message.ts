import { fieldLabel } from "../labels/fieldLabel";
import { valueLabel } from "../labels/valueLabel";
import type { Bilingual, Finding, Override, Requirement, Status } from "../types";
import { UNIT_TEXT } from "./units";

const STATUS_TEXT: Record<Status, Bilingual> = {
  pass: { zh: "达标", en: "met" },
  fail: { zh: "未达标", en: "not met" },
  pending: { zh: "未达标，尚未到期", en: "not met yet, not yet due" },
  "not-applicable": { zh: "不适用", en: "not applicable" },
  "insufficient-data": { zh: "数据不足", en: "insufficient data" },
  info: { zh: "报告", en: "reported" },
};


function withUnit(value: unknown, requirement: Requirement | null, lang: keyof Bilingual): string {
  const unit = requirement?.unit ? UNIT_TEXT[requirement.unit][lang] : "";
  if (typeof value === "boolean") return lang === "zh" ? (value ? "有" : "无") : value ? "yes" : "no";
  if (Array.isArray(value)) return value.map((v) => withUnit(v, requirement, lang)).join(lang === "zh" ? "或" : " or ");
  const label = typeof value === "string" ? valueLabel(value, lang) : undefined;
  if (label !== undefined && label !== value) return label;
  return lang === "zh" || unit === "" || unit === "%" ? `${String(value)}${unit}` : `${String(value)} ${unit}`;
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
      return zh ? `可在${withUnit(r.value, r, lang)}以上` : `allowed at ${withUnit(r.value, r, lang)} or more`;
    case "no-gap-over":
      return zh ? `间隔不超过${String(r.value)}年` : `no gap over ${String(r.value)} years`;
    case "all-true":
      return zh ? `全部 ${String(r.value)} 项` : `all ${String(r.value)}`;
    default:
      return `${withUnit(r.value, r, lang)}${about}${basis}`;
  }
}

type MessageParts = Pick<Finding, "status" | "measured" | "required" | "shortfall" | "due" | "missing" | "approximate" | "override">;

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
 * The finding in a sentence, in Chinese and English. Each language is composed when it is read
 * (the getters are own, enumerable properties, so JSON.stringify, spreading and deep equality see
 * plain text): a report of 100,000 findings that nobody reads in English composes no English.
 */
export function message(parts: MessageParts, label: Bilingual, detail?: Bilingual): Bilingual {
  return {
    get zh() {
      return sentence(parts, label, detail, "zh");
    },
    get en() {
      return sentence(parts, label, detail, "en");
    },
  };
}

function sentence(p: MessageParts, label: Bilingual, detail: Bilingual | undefined, lang: keyof Bilingual): string {
  const zh = lang === "zh";
  const sep = zh ? "；" : "; ";
  const pieces: string[] = [`${label[lang]}${zh ? "：" : ": "}${STATUS_TEXT[p.status][lang]}`];
  if (p.status === "insufficient-data") {
    pieces.push(zh ? `缺少${p.missing.map(fieldLabel).join("、")}` : `missing ${p.missing.join(", ")}`);
  } else if (p.measured !== null && p.required !== null) {
    pieces.push(`${zh ? "实际" : "measured "}${withUnit(p.measured, p.required, lang)}`);
    pieces.push(`${zh ? "要求" : "required "}${requirementText(p.required, p.approximate, lang)}`);
    if (p.shortfall !== null) pieces.push(`${zh ? "差" : "short by "}${withUnit(p.shortfall, p.required, lang)}`);
  } else if (p.required !== null) {
    pieces.push(`${zh ? "要求" : "required "}${requirementText(p.required, p.approximate, lang)}`);
  } else if (p.measured !== null) {
    pieces.push(`${zh ? "实际" : "measured "}${withUnit(p.measured, null, lang)}`);
  }
  if (detail) pieces.push(detail[lang]);
  if (typeof __SHEETS__ === "undefined" && p.override) pieces.push(zh ? `已按“${p.override.source}”调整（${overrideChanges(p.override, lang)}）` : `adjusted by ${p.override.source} (${overrideChanges(p.override, lang)})`);
  if (p.due !== null && (p.status === "pending" || p.status === "fail")) pieces.push(`${zh ? "期限" : "due "}${p.due}`);
  return pieces.join(sep) + (zh ? "。" : ".");
}
