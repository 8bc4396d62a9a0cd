import { documents as allDocuments } from "../../rules";
import { toIsoDate } from "../dates/toIsoDate";
import type { InputProblem } from "../schema/describeIssues";
import type { DocumentId } from "../types";

export interface EvaluateOptions {
  /** The day to evaluate on: a Date (its local calendar day) or YYYY-MM-DD. Defaults to today. */
  asOf?: Date | string;
  /** Which documents to hold the subject to. Defaults to its jurisdiction's, or all five without one. */
  documents?: readonly DocumentId[];
}

export interface ResolvedOptions {
  asOf: string;
  documents: DocumentId[] | undefined;
}

/**
 * The as-of day and documents of an evaluation, or every problem with them (`asOf`, `documents[1]`).
 *
 * @example resolveOptions({ asOf: "2012-02-30" }).problems // [{ path: "asOf", message: { zh: "应为…", en: "expected a calendar date…" } }]
 */
export function resolveOptions(options: EvaluateOptions): ResolvedOptions & { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let asOf = toIsoDate(new Date());
  try {
    if (options.asOf !== undefined) asOf = toIsoDate(options.asOf, "asOf");
  } catch (error) {
    const en = (error as Error).message.replace(/^asOf: /, "");
    problems.push({ path: "asOf", message: { zh: `应为 YYYY-MM-DD 格式的日期，收到 ${JSON.stringify(options.asOf instanceof Date ? "Invalid Date" : options.asOf)}`, en } });
  }
  const known = new Set<string>(allDocuments.map((d) => d.id));
  options.documents?.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: `documents[${i}]`, message: { zh: `未知的文件 ${JSON.stringify(id)}，应为 ${[...known].join("、")} 之一`, en: `unknown document ${JSON.stringify(id)}; expected one of ${[...known].join(", ")}` } });
  });
  return { asOf, documents: options.documents ? [...options.documents] : undefined, problems };
}
