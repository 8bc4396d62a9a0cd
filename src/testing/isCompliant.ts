import type { AnyMessage, Report, Status } from "../types";

/** Which findings besides a pass may count as complying: pending ones, missing data. Both false by default: strict. */
export interface CompliantOptions {
  /** Whether a standard not met but not yet due counts as complying. Default false. */
  pending?: boolean;
  /** Whether missing data counts as complying. Default false: a community with no data at all is not compliant. */
  insufficientData?: boolean;
}

/**
 * The statuses that keep a report from complying under these options: fail always, pending and
 * insufficient-data unless allowed.
 */
export function blockingStatuses({ pending = false, insufficientData = false }: CompliantOptions = {}): Status[] {
  return ["fail", ...(pending ? [] : (["pending"] as const)), ...(insufficientData ? [] : (["insufficient-data"] as const))];
}

/**
 * Whether a report complies. Strict by default: nothing fails, nothing is pending and no data is
 * missing (`summary.fail === 0` alone holds for a community with no data at all). Pass `{ pending:
 * true }` to accept standards not yet due, `{ insufficientData: true }` to accept missing data.
 *
 * @example isCompliant(evaluate(community, { asOf: "2012-06-30" }), { pending: true })
 */
export function isCompliant(report: Report<AnyMessage>, options?: CompliantOptions): boolean {
  const blocking = blockingStatuses(options);
  return report.findings.every((f) => !blocking.includes(f.status));
}
