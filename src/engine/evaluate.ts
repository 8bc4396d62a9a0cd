import { documents as allDocuments, ruleBook } from "../../rules";
import { toIsoDate } from "../dates/toIsoDate";
import { SubjectValidationError } from "../errors";
import type { InputProblem } from "../schema/describeIssues";
import { describeIssues } from "../schema/describeIssues";
import { type Subject, subjectSchema } from "../schema/subject";
import type { DocumentId, Finding, Jurisdiction, Report, Status, StatusCounts } from "../types";
import { findingOf } from "./findingOf";
import { walkSubjects } from "./walkSubjects";

export interface EvaluateOptions {
  /** The day to evaluate on: a Date (its local calendar day) or YYYY-MM-DD. Defaults to today. */
  asOf?: Date | string;
  /** Which documents to hold the subject to. Defaults to its jurisdiction's, or all five without one. */
  documents?: readonly DocumentId[];
}

const STATUSES: readonly Status[] = ["pass", "fail", "pending", "not-applicable", "insufficient-data", "info"];

function readOptions(options: EvaluateOptions): { asOf: string; documents: DocumentId[] | undefined; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let asOf = toIsoDate(new Date());
  try {
    if (options.asOf !== undefined) asOf = toIsoDate(options.asOf, "asOf");
  } catch (error) {
    problems.push({ path: "asOf", message: (error as Error).message.replace(/^asOf: /, "") });
  }
  const known = new Set<string>(allDocuments.map((d) => d.id));
  options.documents?.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: `documents[${i}]`, message: `unknown document ${JSON.stringify(id)}; expected one of ${[...known].join(", ")}` });
  });
  return { asOf, documents: options.documents ? [...options.documents] : undefined, problems };
}

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
 * Validates a subject, checks it (and every subject nested in it) against every rule of the chosen
 * documents, and returns the findings. Throws a SubjectValidationError listing every problem of the
 * input with its field path; missing data is never an error but an `insufficient-data` finding.
 *
 * @example evaluate({ kind: "project", id: "p1", buildingAreaM2: 30000, serviceSpaceM2: 90 }, { asOf: "2024-01-01" })
 */
export function evaluate(input: unknown, options: EvaluateOptions = {}): Report {
  const { asOf, documents: chosen, problems } = readOptions(options);
  const parsed = subjectSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues));
  if (problems.length > 0 || !parsed.success) throw new SubjectValidationError(problems);
  const root: Subject = parsed.data;

  const findings: Finding[] = [];
  const used = new Set<DocumentId>();
  for (const { subject, path, jurisdiction } of walkSubjects(root)) {
    const selected = documentsFor(jurisdiction, chosen);
    selected.forEach((id) => used.add(id));
    for (const rule of ruleBook) {
      if (rule.subject !== subject.kind || !selected.includes(rule.document)) continue;
      const document = allDocuments.find((d) => d.id === rule.document)!;
      findings.push(findingOf(rule, subject, { kind: subject.kind, id: subject.id, path }, asOf, document));
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
