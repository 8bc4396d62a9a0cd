import { isPlainFigure, LARGEST_FIGURE } from "../arithmetic/isPlainFigure";
import { isCalendarDay } from "../dates/isCalendarDay";
import { deepFreeze } from "../deepFreeze";
import type { LocalDocument } from "./localDocument";
import type { Rule } from "../rule/rule";
import type { RuleBook } from "../rule/ruleBook";
import { ENUM_LABELS } from "../labels/enumLabels";
import { normalizeText } from "../normalizeText";
import { JURISDICTIONS, SUBJECT_KINDS } from "../schema/values";

type Problem = (path: string, zh: string, en: string) => void;

const MODALITIES = Object.keys(ENUM_LABELS.modality);

/** The most rules a local document may hold, and the longest text: a policy document has tens of rules over tens of thousands of characters. */
export const LOCAL_LIMITS = Object.freeze({ rules: 2_000, textCharacters: 2_000_000 });

/**
 * The first figure of a threshold that no rule can use: not finite, past LARGEST_FIGURE, or too
 * small to be written without an exponent (5e-324). Its place, or undefined.
 */
function badFigure(value: unknown, at: string, depth = 0): string | undefined {
  if (typeof value === "number") return isPlainFigure(value) ? undefined : at;
  if (value === null || typeof value !== "object" || depth > 8) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = badFigure(child, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What was checked, by book and by (frozen) input: an evaluation given the same document each call checks it once. */
const checked = new WeakMap<RuleBook, WeakMap<object, LocalDocument>>();
const isFrozenThrough = (value: { document?: unknown; rules?: unknown }) =>
  Object.isFrozen(value) && Object.isFrozen(value.document) && Array.isArray(value.rules) && Object.isFrozen(value.rules) && value.rules.every((rule) => Object.isFrozen(rule) && (typeof rule !== "object" || rule === null || Object.isFrozen((rule as { threshold?: unknown }).threshold ?? {})));
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isBilingual = (v: unknown) => v !== null && typeof v === "object" && isText((v as { zh?: unknown }).zh) && isText((v as { en?: unknown }).en);

/**
 * A local document checked as the built-in ones are: its metadata, each rule's fields, ids that
 * start with the document's and clash with no built-in one, and every quote verbatim in the
 * document's normalized text. Returns it frozen (a copy), or undefined after naming each problem at
 * its path (`documents[1].rules[0].quote`).
 *
 * @example checkLocalDocument(value, "documents[1]", problem, builtInBook)
 */
export function checkLocalDocument(value: object, path: string, problem: Problem, book: RuleBook): LocalDocument | undefined {
  const known = checked.get(book)?.get(value);
  if (known !== undefined) return known;
  const result = checkOnce(value, path, problem, book);
  // Only a frozen input can be remembered: one that can change may be wrong the next time.
  if (result !== undefined && isFrozenThrough(value as { document?: unknown; rules?: unknown })) {
    let byInput = checked.get(book);
    if (byInput === undefined) checked.set(book, (byInput = new WeakMap()));
    byInput.set(value, result);
    byInput.set(result, result);
  }
  return result;
}

function checkOnce(value: object, path: string, problem: Problem, book: RuleBook): LocalDocument | undefined {
  let ok = true;
  const fail: Problem = (at, zh, en) => {
    ok = false;
    problem(at, zh, en);
  };
  const { document, rules, text } = value as { document?: Record<string, unknown>; rules?: unknown; text?: unknown };
  if (document === null || typeof document !== "object") {
    fail(`${path}.document`, "要有文件信息 { id, title, issuer, issued, inForce }", "needs the document { id, title, issuer, issued, inForce }");
    return undefined;
  }
  const id = document.id;
  if (!isText(id) || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${path}.document.id`, "应为小写字母、数字和连字符组成的编号，如 buji-2012", "expected an id of lower-case letters, digits and hyphens, such as buji-2012");
  else if (book.documents.some((d) => d.id === id)) fail(`${path}.document.id`, `与内置文件 ${id} 同名`, `clashes with the built-in document ${id}`);
  for (const key of ["title", "issuer"] as const) if (!isText(document[key])) fail(`${path}.document.${key}`, "不能为空", "must not be empty");
  for (const key of ["issued", "inForce"] as const) if (document[key] !== null && !isCalendarDay(document[key])) fail(`${path}.document.${key}`, "应为 YYYY-MM-DD 格式的日期或 null", "expected a YYYY-MM-DD date or null");
  if (document.jurisdiction !== undefined && !JURISDICTIONS.includes(document.jurisdiction as never)) fail(`${path}.document.jurisdiction`, `应为 ${JURISDICTIONS.join("、")} 之一或不填`, `expected one of ${JURISDICTIONS.join(", ")}, or none`);
  if (!isText(text)) fail(`${path}.text`, "要有文件原文（用来核对每条规则的引文）", "needs the document's text (every rule's quote is checked against it)");
  else if (text.length > LOCAL_LIMITS.textCharacters) return void fail(`${path}.text`, `原文超过 ${LOCAL_LIMITS.textCharacters} 个字符`, `the text is longer than ${LOCAL_LIMITS.textCharacters} characters`);
  if (!Array.isArray(rules) || rules.length === 0) {
    fail(`${path}.rules`, "至少要有一条规则", "needs at least one rule");
    return undefined;
  }
  if (rules.length > LOCAL_LIMITS.rules) return void fail(`${path}.rules`, `规则超过 ${LOCAL_LIMITS.rules} 条`, `more than ${LOCAL_LIMITS.rules} rules`);
  const normalized = isText(text) ? normalizeText(text) : "";
  const seen = new Set<string>();
  rules.forEach((rule: Record<string, unknown> | null, i) => {
    const at = `${path}.rules[${i}]`;
    if (rule === null || typeof rule !== "object") return fail(at, "应为规则对象", "expected a rule");
    if (!isText(rule.id) || !isText(id) || !rule.id.startsWith(`${id}/`)) fail(`${at}.id`, `应以“${String(id)}/”开头`, `must start with "${String(id)}/"`);
    else if (seen.has(rule.id) || book.rules.some((r) => r.id === rule.id)) fail(`${at}.id`, "规则编号重复", "the rule id is taken");
    else seen.add(rule.id);
    if (rule.document !== id) fail(`${at}.document`, `应为 ${String(id)}`, `must be ${String(id)}`);
    if (!isText(rule.article)) fail(`${at}.article`, "要写明条款", "name the article");
    if (!isText(rule.quote)) fail(`${at}.quote`, "要有原文引文", "needs the quote");
    else if (isText(text) && !normalized.includes(rule.quote)) fail(`${at}.quote`, "引文在文件原文中找不到（须逐字一致，空白不计）", "the quote is not in the document's text (it must stand there word for word, white space aside)");
    // What a report shows as the citation is held to the text as the quote is.
    if (rule.displayQuote !== undefined && (!isText(rule.displayQuote) || (isText(text) && !normalized.includes(normalizeText(rule.displayQuote))))) fail(`${at}.displayQuote`, "显示的引文在文件原文中找不到（须逐字一致，空白不计）；不需要时请删去", "the quote to show is not in the document's text (word for word, white space aside); leave it out if not needed");
    if (rule.consequences !== undefined && (!Array.isArray(rule.consequences) || !rule.consequences.every((c) => isText((c as { code?: unknown } | null)?.code) && isBilingual(c)))) fail(`${at}.consequences`, "应为列表，每项 { code, zh, en }", "expected a list of { code, zh, en }");
    if (rule.override !== undefined) fail(`${at}.override`, "override 由程序设置（见 overrides 选项），规则中不能写", "override is set by the library (see the overrides option), not written in a rule");
    const figure = badFigure(rule.threshold, `${at}.threshold`);
    if (figure !== undefined) fail(figure, `数值应为不超过 ${LARGEST_FIGURE} 的普通数（不用科学计数法）`, `expected a plain number of at most ${LARGEST_FIGURE} (no exponent)`);
    if (!MODALITIES.includes(rule.modality as string)) fail(`${at}.modality`, `应为 ${MODALITIES.join("、")} 之一`, `expected one of ${MODALITIES.join(", ")}`);
    if (!SUBJECT_KINDS.includes(rule.subject as never)) fail(`${at}.subject`, `应为 ${SUBJECT_KINDS.join("、")} 之一`, `expected one of ${SUBJECT_KINDS.join(", ")}`);
    if (!isBilingual(rule.label)) fail(`${at}.label`, "要有中英文名称 { zh, en }", "needs a label { zh, en }");
    if (rule.threshold === undefined) fail(`${at}.threshold`, "要写明规则的数值（threshold）", "needs the rule's figures (threshold)");
    if (rule.due !== undefined && !isCalendarDay(rule.due)) fail(`${at}.due`, "应为 YYYY-MM-DD 格式的日期", "expected a YYYY-MM-DD date");
    if (typeof rule.check !== "function") fail(`${at}.check`, "要有检查函数", "needs a check function");
    if (rule.appliesWhen !== undefined && typeof rule.appliesWhen !== "function") fail(`${at}.appliesWhen`, "应为函数", "expected a function");
  });
  if (!ok) return undefined;
  return deepFreeze({
    // JSON: the metadata is JSON data, and a copy shares nothing with the caller's object.
    document: { ...JSON.parse(JSON.stringify(document)), timeline: Array.isArray(document.timeline) ? JSON.parse(JSON.stringify(document.timeline)) : [] },
    rules: rules.map((rule) => ({ ...(rule as Rule) })),
    text: text as string,
  }) as unknown as LocalDocument;
}
