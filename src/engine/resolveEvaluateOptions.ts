import type { InputProblem } from "../schema/describeIssues";
import { resolveOverrides } from "./overrides";
import { type ResolvedOptions, resolveOptions } from "./resolveOptions";

/**
 * `resolveOptions` and the overrides (checked against the rules they change): what `evaluate` and
 * `createEvaluator` take. Apart, so the spreadsheet builds, which take no overrides, do not carry it.
 *
 * @example resolveEvaluateOptions({ asOf: "2012-01-01", overrides: { … } }).overrides?.size // 1
 */
export function resolveEvaluateOptions(input: unknown): ResolvedOptions & { problems: InputProblem[] } {
  const resolved = resolveOptions(input);
  if (input === null || typeof input !== "object" || !("overrides" in input)) return resolved;
  const overrides = resolveOverrides((input as { overrides?: unknown }).overrides, (path, zh, en) => resolved.problems.push({ path, message: { zh, en } }));
  return { ...resolved, ...(overrides !== undefined && overrides.size > 0 && { overrides }) };
}
