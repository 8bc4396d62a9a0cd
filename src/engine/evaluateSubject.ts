import { documents as allDocuments, ruleBook } from "../../rules";
import type { Subject } from "../schema/subject";
import type { DocumentId, Finding, Jurisdiction, Report, Status, StatusCounts } from "../types";
import { findingOf } from "./findingOf";
import type { ResolvedOptions } from "./resolveOptions";
import { walkSubjects } from "./walkSubjects";

const STATUSES: readonly Status[] = ["pass", "fail", "pending", "not-applicable", "insufficient-data", "info"];

function documentsFor(jurisdiction: Jurisdiction | undefined, chosen: DocumentId[] | undefined): DocumentId[] {
  if (chosen) return chosen;
  return allDocuments.filter((d) => jurisdiction === undefined || d.jurisdiction === jurisdiction).map((d) => d.id);
}

/** Counts findings by status. */
export function summarize(findings: readonly Finding[]): StatusCounts & { total: number } {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const finding of findings) counts[finding.status] += 1;
  return { ...counts, total: findings.length };
}

/**
 * The findings for a subject that is already valid (from the schema, or from `rowToSubject`), and
 * for every subject nested in it. Kept free of zod so the spreadsheet bundle stays small.
 */
export function evaluateSubject(root: Subject, { asOf, documents: chosen }: ResolvedOptions): Report {
  const findings: Finding[] = [];
  const used = new Set<DocumentId>();
  for (const { subject, path, jurisdiction, pilot } of walkSubjects(root)) {
    const selected = documentsFor(jurisdiction, chosen);
    selected.forEach((id) => used.add(id));
    for (const rule of ruleBook) {
      if (rule.subject !== subject.kind || !selected.includes(rule.document)) continue;
      const document = allDocuments.find((d) => d.id === rule.document)!;
      findings.push(findingOf(rule, subject, { kind: subject.kind, id: subject.id, path, ...(subject.name !== undefined && { name: subject.name }) }, { asOf, document, pilot }));
    }
  }
  return {
    subject: { kind: root.kind, id: root.id, path: [root.id], ...(root.name !== undefined && { name: root.name }) },
    asOf,
    documents: allDocuments.map((d) => d.id).filter((id) => used.has(id)),
    findings,
    summary: summarize(findings),
  };
}
