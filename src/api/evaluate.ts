import { builtInBook } from "../../rules";
import { SubjectValidationError } from "../errors";
import { validateSubject } from "../schema/validateSubject";
import type { AnyMessage, Language, MessageIn, Report } from "../types";
import { evaluateSubject } from "../engine/evaluateSubject";
import { resolveEvaluateOptions } from "../engine/resolveEvaluateOptions";
import type { EvaluateOptions } from "../engine/resolveOptions";

export type { EvaluateOptions } from "../engine/resolveOptions";
export { summarize } from "../engine/evaluateSubject";

/**
 * `evaluate` with each finding's message in the one language asked for (`message.zh` alone with
 * `language: "zh"`): about a tenth faster for many subjects, and half the text to keep.
 *
 * @example evaluate(project, { asOf: "2024-01-01", language: "zh" }).findings[0].message.zh
 */
export function evaluate<L extends Language>(input: unknown, options: EvaluateOptions & { language: L }): Report<MessageIn<L>>;
/**
 * Validates a subject, checks it (and every subject nested in it) against every rule of the chosen
 * documents, and returns the findings. Throws a SubjectValidationError listing every problem of the
 * input with its field path; missing data is never an error but an `insufficient-data` finding.
 *
 * @example evaluate({ kind: "project", id: "p1", buildingAreaM2: 30000, serviceSpaceM2: 90 }, { asOf: "2024-01-01" })
 */
export function evaluate(input: unknown, options?: EvaluateOptions & { language?: undefined }): Report;
/** `evaluate` where a language may or may not be given: each message in both languages or in the one asked for. */
export function evaluate(input: unknown, options?: EvaluateOptions & { language?: Language }): Report<AnyMessage>;
export function evaluate(input: unknown, options?: EvaluateOptions): Report {
  const { problems, ...resolved } = resolveEvaluateOptions(options, builtInBook);
  const valid = validateSubject(input);
  // Not push(...list): a list of 150,000 as arguments overflows the stack.
  if ("problems" in valid) for (const problem of valid.problems) problems.push(problem);
  if (problems.length > 0 || !("subject" in valid)) throw new SubjectValidationError(problems);
  return evaluateSubject(valid.subject, resolved);
}
