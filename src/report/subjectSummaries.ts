import type { OutcomeVisitor, Plan, Within } from "../engine/plan";
import type { Rule } from "../rule/rule";
import type { Subject } from "../schema/subject";
import type { AnyDocumentId, FindingSubject, Status, StatusCounts } from "../types";
import { fixLine } from "./toFix";
import { overallStatus } from "./words";

/** One subject of a tree as the page's table lists it: its findings counted, its verdict, what it must fix. */
export interface SubjectSummary {
  subject: FindingSubject;
  counts: StatusCounts & { total: number };
  overall: Status;
  toFix: { zh: string[]; en: string[] };
}

/**
 * Each subject of a tree with findings, counted by status, its overall status and what it must fix
 * (fixLine), read from the plan's outcomes (Plan.visit) with no finding built: what `bySubject` and
 * `fixLines` give from a full report (a test holds them equal). Subjects come in the report's order,
 * those sharing a path as one. `each` hears every rule's status, for tallies across subjects.
 *
 * @example subjectSummaries(planFor(options), street, undefined).subjects[0].toFix.zh // ["第三十二条 社区警务室面积，差5.00平方米"]
 */
export function subjectSummaries(plan: Plan, root: Subject, within: Within | undefined, each?: (rule: Rule, status: Status) => void): { documents: readonly AnyDocumentId[]; subjects: SubjectSummary[] } {
  type Tally = Omit<SubjectSummary, "overall">;
  const byPath = new Map<string, Tally>();
  let last: { where: FindingSubject; tally: Tally } | undefined;
  const visitor: OutcomeVisitor = (where, { rule }, status, outcome) => {
    if (last?.where !== where) {
      const key = where.path.join("\u0000");
      let tally = byPath.get(key);
      if (tally === undefined) byPath.set(key, (tally = { subject: where, counts: { pass: 0, fail: 0, pending: 0, "not-applicable": 0, "insufficient-data": 0, info: 0, total: 0 }, toFix: { zh: [], en: [] } }));
      last = { where, tally };
    }
    const { counts, toFix } = last.tally;
    counts[status] += 1;
    counts.total += 1;
    if (status === "fail" && outcome.kind === "measured") {
      // A built-in rule's label is what fixLines finds for it (ruleLabel).
      toFix.zh.push(fixLine(rule.article, rule.label, outcome.shortfall, outcome.required?.unit, "zh"));
      toFix.en.push(fixLine(rule.article, rule.label, outcome.shortfall, outcome.required?.unit, "en"));
    }
    each?.(rule, status);
  };
  const { documents } = plan.visit(root, within, visitor);
  return { documents, subjects: [...byPath.values()].map((tally) => ({ ...tally, overall: overallStatus(tally.counts) })) };
}
