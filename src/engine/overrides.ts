import { isPlainFigure } from "../arithmetic/isPlainFigure";
import type { RuleBook } from "../rule/ruleBook";
import { DECIMAL_PATTERN } from "../arithmetic/toExact";
import { isCalendarDay } from "../dates/isCalendarDay";
import { deepFreeze } from "../deepFreeze";
import { shownValue } from "../labels/shownValue";
import { CIVIL_ORGANIZATION_CATEGORIES, CULTURE_STATION_GRADES, INSURANCES, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS } from "../schema/values";
import type { Override } from "../types";
import type { Rule } from "../rule/rule";

/** What a caller may change of one rule: figures of its threshold, its due date, and always the source that says so. */
export interface OverrideInput {
  /** The local document that sets the figure: "某区实施细则 第5条". Recorded in every finding of the rule. */
  source: string;
  threshold?: Record<string, unknown>;
  /** A new due date (YYYY-MM-DD), or null for none. */
  due?: string | null;
}

// The lists a threshold's values may come from: a changed list stays within the same one.
const DOMAINS: readonly (readonly string[])[] = [PARTY_ORGANIZATION_FORMS, CIVIL_ORGANIZATION_CATEGORIES, CULTURE_STATION_GRADES, INSURANCES, ROOM_FUNCTIONS];

type Problem = (path: string, zh: string, en: string) => void;

const shown = (value: unknown) => (typeof value === "string" ? shownValue(value) : Array.isArray(value) ? "a list" : value === null ? "null" : typeof value === "object" ? "an object" : String(value));

/**
 * Checks one new threshold value against the original's shape: a figure for a figure (a decimal
 * string for a decimal string), a list of the same values for a list. Anything else in a threshold
 * (a yes/no marker, the items of a checklist, a field path) is not a figure and cannot be changed.
 */
function checkValue(original: unknown, given: unknown, key: string, path: string, problem: Problem): void {
  if (typeof original === "number") {
    // A divisor or a "per year" count of 0 would ask for nothing (or divide by nothing).
    const aboveZero = key === "denominator" || key.startsWith("per");
    // A figure past 1e15, or one written only with an exponent, is no figure a document sets; decimal
    // arithmetic on 1e308 threw a RangeError inside the check.
    const ok = typeof given === "number" && isPlainFigure(given) && (aboveZero ? given > 0 : given >= 0);
    if (!ok) problem(path, `应为${aboveZero ? "大于 0" : "不小于 0"}、不超过 1e15 的普通数，收到 ${shown(given)}`, `expected a plain number${aboveZero ? " above 0" : " of 0 or more"} and at most 1e15, received ${shown(given)}`);
    return;
  }
  if (typeof original === "string" && DECIMAL_PATTERN.test(original)) {
    if (typeof given !== "string" || !DECIMAL_PATTERN.test(given)) problem(path, `应为十进制数文字，如 "${original}"，收到 ${shown(given)}`, `expected a decimal string such as "${original}", received ${shown(given)}`);
    return;
  }
  const domain = Array.isArray(original) && original.every((v) => typeof v === "string") ? DOMAINS.find((d) => original.every((v) => d.includes(v))) : undefined;
  if (domain) {
    if (!Array.isArray(given) || given.length === 0 || !given.every((v) => typeof v === "string" && domain.includes(v))) {
      problem(path, `应为由 ${domain.join("、")} 组成的非空列表，收到 ${shown(given)}`, `expected a non-empty list of ${domain.join(", ")}, received ${shown(given)}`);
    }
    return;
  }
  problem(path, "不是规则据以判断的数值，不能调整", "is not a figure the rule checks against, so it cannot be overridden");
}

/**
 * The overrides of an evaluation, checked against the rules they change (a typo is a problem at its
 * path: `overrides.longgang-2005/service-space-ratio.threshold.denominatr`), as frozen rules to run
 * in place of the built-in ones. The built-in rules are never touched.
 *
 * @example resolveOverrides({ "longgang-2005/service-space-ratio": { threshold: { denominator: 400 }, source: "某区实施细则 第5条" } }, problem, builtInBook)
 */
export function resolveOverrides(input: unknown, problem: Problem, book: RuleBook): ReadonlyMap<string, Rule> | undefined {
  if (input === undefined) return undefined;
  // A Map has no own keys, and was read as no overrides at all: refused, as any other object that is not a plain record.
  if (input === null || typeof input !== "object" || Array.isArray(input) || input instanceof Map || (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null)) {
    problem("overrides", `应为以规则编号为键的普通对象（不是 Map 等），收到 ${input instanceof Map ? "a Map" : shown(input)}`, `expected a plain object keyed by rule id (not a Map or the like), received ${input instanceof Map ? "a Map" : shown(input)}`);
    return undefined;
  }
  const rules = new Map<string, Rule>();
  for (const [id, given] of Object.entries(input)) {
    const at = `overrides.${id}`;
    const rule = book.rules.find((r) => r.id === id);
    if (rule === undefined) {
      problem(at, "未知的规则编号", "unknown rule id");
      continue;
    }
    if (given === null || typeof given !== "object" || Array.isArray(given)) {
      problem(at, `应为 { source, threshold, due } 对象，收到 ${shown(given)}`, `expected { source, threshold, due }, received ${shown(given)}`);
      continue;
    }
    const { source, threshold, due, ...unknown } = given as Record<string, unknown>;
    for (const key of Object.keys(unknown)) problem(`${at}.${key}`, "未知字段（可用 source、threshold、due）", "unknown field (expected source, threshold or due)");
    if (typeof source !== "string" || source.trim() === "") problem(`${at}.source`, "要写明依据（哪份文件、哪一条）", "name the source (which document, which article)");
    const original: Override["original"] = {};
    const applied: Override["applied"] = {};
    if (threshold !== undefined) {
      if (threshold === null || typeof threshold !== "object" || Array.isArray(threshold)) {
        problem(`${at}.threshold`, `应为对象，收到 ${shown(threshold)}`, `expected an object, received ${shown(threshold)}`);
      } else {
        const current = rule.threshold as Record<string, unknown>;
        for (const [key, value] of Object.entries(threshold)) {
          if (!(key in current)) {
            problem(`${at}.threshold.${key}`, `规则没有这个数值（有 ${Object.keys(current).join("、")}）`, `the rule has no such figure (it has ${Object.keys(current).join(", ")})`);
            continue;
          }
          checkValue(current[key], value, key, `${at}.threshold.${key}`, problem);
          (original.threshold ??= {})[key] = current[key];
          (applied.threshold ??= {})[key] = value;
        }
      }
    }
    if (due !== undefined) {
      if (due !== null && !isCalendarDay(due)) problem(`${at}.due`, `应为 YYYY-MM-DD 格式的日期或 null，收到 ${shown(due)}`, `expected a YYYY-MM-DD date or null, received ${shown(due)}`);
      original.due = rule.due ?? null;
      applied.due = due as string | null;
    }
    if (threshold === undefined && due === undefined) problem(at, "没有要调整的内容（threshold 或 due）", "nothing to change (threshold or due)");
    const { due: _, ...rest } = rule;
    const newDue = applied.due === undefined ? rule.due : (applied.due ?? undefined);
    rules.set(id, deepFreeze({
      ...rest,
      ...(newDue !== undefined && { due: newDue }),
      threshold: { ...(rule.threshold as object), ...structuredClone(applied.threshold ?? {}) },
      override: { source: String(source), original: structuredClone(original), applied: structuredClone(applied) },
    }) as Rule);
  }
  return rules;
}
