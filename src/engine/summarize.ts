import type { AnyMessage, Finding, StatusCounts } from "../types";

/**
 * Counts findings by status.
 *
 * @example summarize(report.findings) // { pass: 12, fail: 3, …, total: 21 }
 */
export function summarize(findings: readonly Finding<AnyMessage>[]): StatusCounts & { total: number } {
  const counts: StatusCounts & { total: number } = { pass: 0, fail: 0, pending: 0, "not-applicable": 0, "insufficient-data": 0, info: 0, total: findings.length };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}
