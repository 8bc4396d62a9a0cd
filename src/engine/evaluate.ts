import { SubjectValidationError } from "../errors";
import { describeIssues } from "../schema/describeIssues";
import { subjectSchema } from "../schema/subject";
import type { Report } from "../types";
import { evaluateSubject } from "./evaluateSubject";
import { type EvaluateOptions, resolveOptions } from "./resolveOptions";

export type { EvaluateOptions } from "./resolveOptions";
export { summarize } from "./evaluateSubject";

/**
 * Validates a subject, checks it (and every subject nested in it) against every rule of the chosen
 * documents, and returns the findings. Throws a SubjectValidationError listing every problem of the
 * input with its field path; missing data is never an error but an `insufficient-data` finding.
 *
 * @example evaluate({ kind: "project", id: "p1", buildingAreaM2: 30000, serviceSpaceM2: 90 }, { asOf: "2024-01-01" })
 */
export function evaluate(input: unknown, options?: EvaluateOptions): Report {
  const { problems, ...resolved } = resolveOptions(options);
  const parsed = subjectSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues));
  if (problems.length > 0 || !parsed.success) throw new SubjectValidationError(problems);
  return evaluateSubject(parsed.data, resolved);
}
