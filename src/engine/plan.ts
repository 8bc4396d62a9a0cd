import type { RuleBook } from "../rule/ruleBook";
import type { Subject } from "../schema/subject";
import type { AnyDocumentId, DocumentInfo, FindingSubject, Jurisdiction, Report, Status, SubjectKind } from "../types";
import { findingOf, outcomeOf } from "./findingOf";
import { judge } from "./judge";
import type { ResolvedOptions } from "./resolveOptions";
import type { Rule } from "../rule/rule";
import { summarize } from "./summarize";
import { walkSubjects } from "../schema/walkSubjects";

/**
 * A subject of a tree and the ids of the rules it met, failed…, grouped by status. Every status has
 * its group, empty where no rule has that status, so `verdict.statuses.fail.length` needs no guard.
 */
export interface Verdict {
  subject: FindingSubject;
  statuses: Record<Status, string[]>;
}

/** Where a subject read on its own lies: its ancestors' ids and their jurisdiction and pilot flag. */
export interface Within {
  parentPath: string[];
  inherited: { jurisdiction: Jurisdiction | undefined; pilot: boolean | undefined };
}

/** The rules one subject is held to, each with its document looked up once. */
type Steps = readonly { rule: Rule; document: DocumentInfo }[];

export interface Plan {
  /**
   * The full report of a valid subject tree; `within` places a subject read on its own from a
   * streamed tree (its ancestors' ids, what they pass down).
   */
  report(root: Subject, within?: Within): Report;
  /** The statuses alone: no finding objects, no messages. */
  verdicts(root: Subject): Verdict[];
}

const whereOf = (subject: Subject, path: string[]): FindingSubject => ({ kind: subject.kind, id: subject.id, path, ...(subject.name !== undefined && { name: subject.name }) });

/**
 * The rule plan of one evaluation: for each jurisdiction a subject can have and each kind, the rules
 * that can apply, in rule-book order, with their documents, worked out once and reused for every
 * subject. `evaluate`, `createEvaluator`, the command line and the sheet functions all run on it.
 *
 * @example compilePlan({ book: builtInBook, asOf: "2012-01-01", documents: ["longgang-2005"] }).report(community)
 */
export function compilePlan({ book: ruleBook, asOf, documents: chosen, local = [], overrides, explain }: ResolvedOptions): Plan {
  // The book's documents, then the local ones the options bring, in the order given.
  const infos: readonly DocumentInfo[] = [...ruleBook.documents, ...local.map((d) => d.document)];
  const book: readonly Rule[] = local.length === 0 ? ruleBook.rules : [...ruleBook.rules, ...local.flatMap((d) => d.rules)];
  const byJurisdiction = new Map<Jurisdiction | undefined, { selected: readonly AnyDocumentId[]; steps: Map<SubjectKind, Steps> }>();
  const stepsFor = (jurisdiction: Jurisdiction | undefined) => {
    let entry = byJurisdiction.get(jurisdiction);
    if (entry === undefined) {
      // A local document without a jurisdiction binds wherever it is brought.
      const selected = chosen ?? infos.filter((d) => jurisdiction === undefined || d.jurisdiction === undefined || d.jurisdiction === jurisdiction).map((d) => d.id);
      const steps = new Map<SubjectKind, Steps>();
      for (const rule of book) {
        if (!selected.includes(rule.document)) continue;
        const list = (steps.get(rule.subject) ?? []) as { rule: Rule; document: DocumentInfo }[];
        list.push({ rule: overrides?.get(rule.id) ?? rule, document: infos.find((d) => d.id === rule.document)! });
        steps.set(rule.subject, list);
      }
      entry = { selected, steps };
      byJurisdiction.set(jurisdiction, entry);
    }
    return entry;
  };

  return {
    report(root, within) {
      const findings = [];
      const used = new Set<AnyDocumentId>();
      for (const { subject, path, jurisdiction, pilot } of walkSubjects(root, within?.parentPath, within?.inherited)) {
        const { selected, steps } = stepsFor(jurisdiction);
        for (const id of selected) used.add(id);
        const where = whereOf(subject, path);
        for (const { rule, document } of steps.get(subject.kind) ?? []) findings.push(findingOf(rule, subject, where, { asOf, document, pilot }, explain));
      }
      return {
        subject: { kind: root.kind, id: root.id, path: [...(within?.parentPath ?? []), root.id], ...(root.name !== undefined && { name: root.name }) },
        asOf,
        documents: infos.map((d) => d.id).filter((id) => used.has(id)),
        findings,
        summary: summarize(findings),
      };
    },
    verdicts(root) {
      const verdicts: Verdict[] = [];
      for (const { subject, path, jurisdiction, pilot } of walkSubjects(root)) {
        const statuses: Record<Status, string[]> = { pass: [], fail: [], pending: [], "not-applicable": [], "insufficient-data": [], info: [] };
        for (const { rule, document } of stepsFor(jurisdiction).steps.get(subject.kind) ?? []) {
          statuses[judge(outcomeOf(rule, subject, { asOf, document, pilot }), rule, asOf)].push(rule.id);
        }
        verdicts.push({ subject: whereOf(subject, path), statuses });
      }
      return verdicts;
    },
  };
}

// The plans of the last few option sets, for each rule book: `evaluate(s, options)` in a loop compiles once.
const recentByBook = new WeakMap<RuleBook, Map<string, Plan>>();

/** The plan for these options, compiled once and kept while it is among the last 8 used. */
export function planFor(options: ResolvedOptions): Plan {
  const changed = options.overrides === undefined ? "" : JSON.stringify([...options.overrides.values()].map((r) => [r.id, r.override]));
  // Plans with local documents are not kept: the same ids could name other rules in another call.
  if (options.local !== undefined && options.local.length > 0) return compilePlan(options);
  const key = `${options.asOf}|${options.documents?.join(",") ?? "*"}|${changed}|${options.explain ? "explain" : ""}`;
  let recent = recentByBook.get(options.book);
  if (recent === undefined) recentByBook.set(options.book, (recent = new Map()));
  let plan = recent.get(key);
  if (plan === undefined) {
    plan = compilePlan(options);
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  } else {
    recent.delete(key);
  }
  recent.set(key, plan);
  return plan;
}
