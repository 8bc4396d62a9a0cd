import type { InputProblem } from "../schema/describeIssues";
import { checkLocalDocument } from "./checkLocalDocument";
import { resolveOverrides } from "./overrides";
import { reasonSteps } from "./reasonSteps";
import { type ResolvedOptions, resolveOptions } from "./resolveOptions";
import type { RuleBook } from "../rule/ruleBook";

/**
 * `resolveOptions`, the overrides (checked against the rules they change) and `explain`: what `evaluate` and
 * `createEvaluator` take. Apart, so the spreadsheet builds, which take no overrides, do not carry it.
 *
 * @example resolveEvaluateOptions({ asOf: "2012-01-01", overrides: { … } }, builtInBook).overrides?.size // 1
 */
export function resolveEvaluateOptions(input: unknown, book: RuleBook): ResolvedOptions & { problems: InputProblem[] } {
  const resolved = resolveOptions(input, book, checkLocalDocument);
  if (input === null || typeof input !== "object") return resolved;
  const problem = (path: string, zh: string, en: string) => resolved.problems.push({ path, message: { zh, en } });
  const overrides = resolveOverrides((input as { overrides?: unknown }).overrides, problem, book);
  const explain = (input as { explain?: unknown }).explain;
  if (explain !== undefined && typeof explain !== "boolean") problem("explain", "应为 true 或 false", "expected true or false");
  return { ...resolved, ...(overrides !== undefined && overrides.size > 0 && { overrides }), ...(explain === true && { explain: reasonSteps }) };
}
