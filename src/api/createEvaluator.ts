import { builtInBook } from "../../rules";
import { SubjectValidationError } from "../errors";
import type { InputProblem } from "../schema/describeIssues";
import { validateSubject } from "../schema/validateSubject";
import type { Subject } from "../schema/subject";
import type { Report } from "../types";
import { compilePlan, type Verdict } from "../engine/plan";
import { resolveEvaluateOptions } from "../engine/resolveEvaluateOptions";
import type { EvaluateOptions } from "../engine/resolveOptions";

export type { Verdict } from "../engine/plan";

/** One as-of day and one choice of documents, compiled once, for any number of subjects (`createEvaluator`). */
export interface Evaluator {
  /** The as-of day every evaluation of this evaluator uses. */
  readonly asOf: string;
  /** Validates a subject and returns its report; throws a SubjectValidationError naming every problem. */
  evaluate(input: unknown): Report;
  /**
   * One report per subject of an array or any iterable (a stream of parsed rows), lazily: memory
   * stays flat however many subjects pass. An invalid subject throws a SubjectValidationError whose
   * paths start with its index (`[3].population`).
   */
  evaluateMany(inputs: Iterable<unknown>): Generator<Report, void, undefined>;
  /**
   * For the subject and every subject nested in it: its id path and the rule ids grouped by status
   * (only the non-empty groups). No finding objects and no messages: what a dashboard, a summary
   * line or CHECK_COMMUNITY needs, with the statuses `evaluate` gives.
   */
  verdicts(input: unknown): Verdict[];
}

function validated(input: unknown, index?: number): Subject {
  const valid = validateSubject(input);
  if ("subject" in valid) return valid.subject;
  // A subject's problems name fields ("population") or the subject itself (""), never a list index first.
  const at = (p: InputProblem): InputProblem => (index === undefined ? p : { ...p, path: `[${index}]${p.path === "" ? "" : "."}${p.path}` });
  throw new SubjectValidationError(valid.problems.map(at));
}

/**
 * An evaluator for one as-of day and one choice of documents: the options are checked and the rule
 * plan compiled once (the rules each kind of subject can meet, their documents looked up), then any
 * number of subjects run through it. `evaluate(s, options)` is `createEvaluator(options).evaluate(s)`.
 * Bad options throw a SubjectValidationError naming them.
 *
 * @example const check = createEvaluator({ asOf: "2012-06-30", documents: ["longgang-2005"] });
 *          for (const report of check.evaluateMany(rows)) console.log(report.summary.fail);
 */
export function createEvaluator(options?: EvaluateOptions): Evaluator {
  const { problems, ...resolved } = resolveEvaluateOptions(options, builtInBook);
  if (problems.length > 0) throw new SubjectValidationError(problems);
  const plan = compilePlan(resolved);
  return Object.freeze({
    asOf: resolved.asOf,
    evaluate: (input: unknown) => plan.report(validated(input)),
    *evaluateMany(inputs: Iterable<unknown>) {
      let index = 0;
      for (const input of inputs) yield plan.report(validated(input, index++));
    },
    verdicts: (input: unknown) => plan.verdicts(validated(input)),
  });
}
