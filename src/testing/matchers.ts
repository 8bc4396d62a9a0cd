import { STATUS_LABELS } from "../labels/statusLabels";
import type { RuleId } from "../ruleIds";
import type { AnyMessage, Finding, Report, Status } from "../types";
import { type CompliantOptions, blockingStatuses } from "./isCompliant";

/** What `expect.extend(matchers)` adds, for a test setup file to declare on its framework's Assertion type. */
export interface ComplianceMatchers<R = unknown> {
  /** The report complies (isCompliant, strict unless options say otherwise). */
  toComply(options?: CompliantOptions): R;
  /** Some finding of the report, for any subject, has this rule and status. */
  toHaveFinding(ruleId: RuleId | (string & {}), status: Status): R;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

const isReport = (value: unknown): value is Report<AnyMessage> => typeof value === "object" && value !== null && Array.isArray((value as Report).findings);
const notAReport = (): MatcherResult => ({ pass: false, message: () => "应为 evaluate 返回的报告 / expected a report from evaluate" });

// One line per finding, its message in the languages it has (a report may have asked for one): what a failing test prints.
const line = (f: Finding<AnyMessage>) => `  ${STATUS_LABELS[f.status].zh} ${f.ruleId} [${f.subject.path.join("/")}] ${Object.values(f.message).join("\n    ")}`;

/**
 * Matchers for vitest and jest alike: `expect.extend(matchers)`, then `expect(report).toComply()`
 * and `expect(report).toHaveFinding("longgang-2005/service-space-ratio", "fail")`. A failure lists
 * the findings in the way, in Chinese and English.
 *
 * @example expect.extend(matchers); expect(evaluate(project, { asOf: "2012-06-30" })).toComply();
 */
export const matchers = Object.freeze({
  /** `expect(report).toComply(options?)`: no finding fails (nor, unless options allow, is pending or lacks data). */
  toComply(received: unknown, options?: CompliantOptions): MatcherResult {
    if (!isReport(received)) return notAReport();
    const blocking = blockingStatuses(options);
    const inTheWay = received.findings.filter((f) => blocking.includes(f.status));
    const pass = inTheWay.length === 0;
    const who = `${received.subject.kind} ${received.subject.id} (${received.asOf})`;
    return {
      pass,
      message: () =>
        pass
          ? `预期不达标，但 ${who} 全部达标 / expected ${who} not to comply, but it does`
          : `预期 ${who} 达标，但有 ${inTheWay.length} 条结论未达标、未到期或数据不足 / expected ${who} to comply, but ${inTheWay.length} finding(s) fail, are pending or lack data:\n${inTheWay.map(line).join("\n")}`,
    };
  },
  /** `expect(report).toHaveFinding(ruleId, status)`: some finding of the report has this rule and status. */
  toHaveFinding(received: unknown, ruleId: string, status: Status): MatcherResult {
    if (!isReport(received)) return notAReport();
    const ofRule = received.findings.filter((f) => f.ruleId === ruleId);
    const pass = ofRule.some((f) => f.status === status);
    return {
      pass,
      message: () =>
        ofRule.length === 0
          ? `报告中没有规则 ${ruleId} 的结论 / the report has no finding of ${ruleId}`
          : pass
            ? `预期 ${ruleId} 不是“${STATUS_LABELS[status].zh}”，但它是 / expected ${ruleId} not to be ${status}, but it is:\n${ofRule.map(line).join("\n")}`
            : `预期 ${ruleId} 为“${STATUS_LABELS[status].zh}” / expected ${ruleId} to be ${status}, but:\n${ofRule.map(line).join("\n")}`,
    };
  },
});
