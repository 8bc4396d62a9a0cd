import type { Finding, Status, StatusCounts } from "../types";

const STATUSES: readonly Status[] = ["pass", "fail", "pending", "not-applicable", "insufficient-data", "info"];

/**
 * Counts findings by status.
 *
 * @example summarize(report.findings) // { pass: 12, fail: 3, …, total: 21 }
 */
export function summarize(findings: readonly Finding[]): StatusCounts & { total: number } {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const finding of findings) counts[finding.status] += 1;
  return { ...counts, total: findings.length };
}
