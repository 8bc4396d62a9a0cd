import type { AnyMessage, Bilingual, Finding, Report } from "../types";

/**
 * The findings of a report that fail, in report order.
 *
 * @example failures(evaluate(community, { asOf: "2012-06-30" })).map((f) => f.ruleId) // ["longgang-2005/facility-area/police"]
 */
export function failures<M extends AnyMessage = Bilingual>(report: Report<M>): Finding<M>[] {
  return report.findings.filter((f) => f.status === "fail");
}
