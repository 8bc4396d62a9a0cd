import { isAfterDay } from "../dates/isAfterDay";
import type { Status } from "../types";
import type { Outcome } from "../measure/outcome";
import type { RuleInfo } from "../rule/rule";

/**
 * The status of a rule's outcome on the as-of day (spec section 3): an unmet permission is only
 * reported; an unmet rule with a due date is pending until the day after it.
 */
export function judge(outcome: Outcome, rule: RuleInfo, asOf: string): Status {
  if (outcome.kind === "missing") return "insufficient-data";
  if (outcome.kind === "not-applicable") return "not-applicable";
  if (outcome.report || rule.modality === "permission") return "info";
  if (outcome.met) return "pass";
  if (outcome.notYetDue) return "pending";
  return rule.due !== undefined && !isAfterDay(asOf, rule.due) ? "pending" : "fail";
}
