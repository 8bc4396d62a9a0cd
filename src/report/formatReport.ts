import type { Finding, Report, Status } from "../types";

export const STATUS_MARK: Record<Status, string> = {
  pass: "✓ PASS",
  fail: "✗ FAIL",
  pending: "… PENDING",
  "not-applicable": "- N/A",
  "insufficient-data": "? DATA",
  info: "i INFO",
};

function findingLines(f: Finding): string[] {
  const source = `${f.citation.article}, ${f.citation.issued?.slice(0, 4) ?? "undated"}`;
  const lines = [`  ${STATUS_MARK[f.status]}  ${f.ruleId}  (${source})`, `      ${f.message.zh}`, `      ${f.message.en}`];
  if (f.status === "fail" || f.status === "pending") lines.push(`      「${f.citation.quote}」`);
  for (const c of f.consequences) lines.push(`      ⚠ ${c.zh} / ${c.en}`);
  return lines;
}

/**
 * A report as plain text for a person: findings grouped by subject, each with its status, the rule
 * and article, the message in Chinese and English, and the quote where a standard is not met.
 *
 * @example console.log(formatReport(evaluate(street, { asOf: "2010-08-15" })))
 */
export function formatReport(report: Report): string {
  const lines = [`${report.subject.name ?? report.subject.id} (${report.subject.kind}), as of ${report.asOf}; documents: ${report.documents.join(", ")}`];
  let current = "";
  for (const f of report.findings) {
    const where = f.subject.path.join(" › ");
    if (where !== current) {
      lines.push("", `[${f.subject.kind}] ${where}`);
      current = where;
    }
    lines.push(...findingLines(f));
  }
  const s = report.summary;
  lines.push("", `${s.total} findings: ${s.pass} pass, ${s.fail} fail, ${s.pending} pending, ${s["insufficient-data"]} insufficient data, ${s.info} info, ${s["not-applicable"]} not applicable`);
  return lines.join("\n");
}
