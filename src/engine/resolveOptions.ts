import type { RuleBook } from "../rule/ruleBook";
import { toIsoDate } from "../dates/toIsoDate";
import type { OverrideInput } from "./overrides";
import type { Explainer } from "./findingOf";
import type { Rule } from "../rule/rule";
import type { InputProblem } from "../schema/describeIssues";
import { shownValue } from "../labels/shownValue";
import { YEARS } from "../schema/values";
import type { AnyDocumentId, DocumentId, Language } from "../types";
import type { LocalDocument } from "./localDocument";

/**
 * How to evaluate: the as-of day, which documents (ids or local documents), a district's overrides,
 * explanations. `evaluate`, `safeEvaluate` and `createEvaluator` also take `language: "zh" | "en"`
 * beside these (messages in that language only), and type their reports by it: a `language` is
 * not part of this type, so that a report typed with both languages has both.
 */
export interface EvaluateOptions {
  /** The day to evaluate on: a Date (its local calendar day) or YYYY-MM-DD. Defaults to today. */
  asOf?: Date | string;
  /**
   * Which documents to hold the subject to: built-in ids, and local documents (defineDocument,
   * documentFromJson) beside them. Defaults to its jurisdiction's, or all five without one.
   */
  documents?: readonly (DocumentId | LocalDocument)[];
  /**
   * A district's or street's own figures, by rule id: `{ "longgang-2005/service-space-ratio": {
   * threshold: { denominator: 400 }, source: "某区实施细则 第5条" } }`. Checked against the rule; each
   * finding of a changed rule records the override and says so in its message.
   */
  overrides?: Readonly<Record<string, OverrideInput>>;
  /** Give every finding a `trace`: the inputs read, the arithmetic, the date reasoning, step by step. */
  explain?: boolean;
}

export interface ResolvedOptions {
  /** The rules and documents the evaluation may apply (the built-in book, from the entry). */
  book: RuleBook;
  asOf: string;
  /** The ids of the documents chosen (built-in and local), or undefined: by jurisdiction. */
  documents: AnyDocumentId[] | undefined;
  /** Local documents brought by the options, in their order. */
  local?: readonly LocalDocument[];
  /** The rules the overrides changed, by id, to run in place of the built-in ones. */
  overrides?: ReadonlyMap<string, Rule>;
  /** Set when findings are to carry their explanation. */
  explain?: Explainer;
  /** The one language of the findings' messages, or undefined: both. */
  language?: Language;
}

/** Checks a local document given in `documents` (checkLocalDocument), or undefined with problems. */
export type ReadLocalDocument = (value: object, path: string, problem: (path: string, zh: string, en: string) => void, book: RuleBook) => LocalDocument | undefined;

const KNOWN_OPTIONS = new Set(["asOf", "documents", "overrides", "explain", "language"]);
// Text as a cell problem echoes it; anything else named by its type (an object is never serialized).
const describe = (value: unknown) => (typeof value === "string" ? shownValue(value) : typeof value === "bigint" ? `${value}n` : Array.isArray(value) ? "a list" : value === null ? "null" : typeof value);

/**
 * The as-of day and documents of an evaluation, or every problem with them (`asOf`, `documents[1]`,
 * `options` itself when it is not an object). Nothing a caller passes makes it throw.
 *
 * @example resolveOptions({ asOf: "2012-02-30" }, builtInBook).problems // [{ path: "asOf", message: { zh: "应为…", en: "expected a calendar date…" } }]
 */
export function resolveOptions(input: unknown, book: RuleBook, readLocal?: ReadLocalDocument): ResolvedOptions & { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const problem = (path: string, zh: string, en: string) => problems.push({ path, message: { zh, en } });
  // Today, worked out only where no as-of day is given.
  let asOf: string | undefined;
  if (input !== undefined && (input === null || typeof input !== "object" || Array.isArray(input) || input instanceof Date)) {
    problem("options", `选项应为对象，如 { asOf: "2012-01-01" }，收到 ${describe(input)}`, `options must be an object such as { asOf: "2012-01-01" }, received ${describe(input)}`);
    return { book, asOf: toIsoDate(new Date()), documents: undefined, problems };
  }
  const options = (input ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) problem(key, `未知选项（可用 asOf、documents、overrides、explain、language）`, `unknown option (expected asOf, documents, overrides, explain or language)`);
  }
  const day = options.asOf;
  if (day !== undefined) {
    if (typeof day !== "string" && !(day instanceof Date)) {
      problem("asOf", `应为日期或 YYYY-MM-DD 文字，收到 ${describe(day)}`, `expected a Date or YYYY-MM-DD text, received ${describe(day)}`);
    } else {
      try {
        const iso = toIsoDate(day, "asOf");
        const year = Number(iso.slice(0, 4));
        if (!/^\d{4}-/.test(iso) || year < YEARS.min || year > YEARS.max) throw new RangeError(`asOf: expected a year from ${YEARS.min} to ${YEARS.max}, received ${iso}`);
        asOf = iso;
      } catch (error) {
        const en = (error as Error).message.replace(/^asOf: /, "");
        problem("asOf", `应为 ${YEARS.min}–${YEARS.max} 年间 YYYY-MM-DD 格式的日期，收到 ${day instanceof Date ? (Number.isNaN(day.getTime()) ? "Invalid Date" : day.toISOString()) : describe(day)}`, en);
      }
    }
  }
  const chosen = options.documents;
  const ids: AnyDocumentId[] = [];
  const local: LocalDocument[] = [];
  const known = new Set<string>(book.documents.map((d) => d.id));
  if (chosen !== undefined) {
    if (!Array.isArray(chosen)) {
      problem("documents", `应为文件编号的列表，如 ["longgang-2005"]，收到 ${describe(chosen)}`, `expected a list of document ids such as ["longgang-2005"], received ${describe(chosen)}`);
    } else if (chosen.length === 0) {
      problem("documents", "至少要选一份文件（不选则按所属地区）", "choose at least one document (or leave it out to go by jurisdiction)");
    } else {
      chosen.forEach((id, i) => {
        if (readLocal !== undefined && id !== null && typeof id === "object" && !Array.isArray(id)) {
          const document = readLocal(id, `documents[${i}]`, problem, book);
          if (document === undefined) return;
          if (local.some((d) => d.document.id === document.document.id)) problem(`documents[${i}]`, `文件编号 ${document.document.id} 重复`, `the document id ${document.document.id} is given twice`);
          local.push(document);
          ids.push(document.document.id);
        } else if (typeof id !== "string" || !known.has(id)) {
          problem(`documents[${i}]`, `未知的文件 ${describe(id)}，应为 ${[...known].join("、")} 之一`, `unknown document ${describe(id)}; expected one of ${[...known].join(", ")}`);
        } else {
          ids.push(id);
        }
      });
    }
  }
  const language = options.language;
  if (language !== undefined && language !== "zh" && language !== "en") problem("language", `应为 "zh"（中文）或 "en"（英文），不填则两种都写，收到 ${describe(language)}`, `expected "zh" (Chinese) or "en" (English), or leave it out for both; received ${describe(language)}`);
  const documents = Array.isArray(chosen) && problems.length === 0 ? ids : undefined;
  return {
    book,
    asOf: asOf ?? toIsoDate(new Date()),
    documents,
    ...(local.length > 0 && problems.length === 0 && { local }),
    ...((language === "zh" || language === "en") && { language }),
    problems,
  };
}

