import type { RuleBook } from "../rule/ruleBook";
import type { Subject } from "../schema/subject";
import type { AnyDocumentId, AnyMessage, DocumentInfo, Finding, FindingSubject, Jurisdiction, LeanReport, LeanSubject, Report, Requirement, Status, SubjectKind } from "../types";
import { findingOf, outcomeOf } from "./findingOf";
import { judge } from "./judge";
import type { ResolvedOptions } from "./resolveOptions";
import type { Outcome } from "../measure/outcome";
import type { Rule, RuleContext } from "../rule/rule";
import { summarize } from "./summarize";
import { walkSubjects } from "../schema/walkSubjects";
import { withSubjectMemo } from "../measure/subjectMemo";
import { withoutFigures, withoutWords } from "../measure/figures";

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

/** A rule one subject is held to, with its document looked up once. */
export interface Step {
  rule: Rule;
  document: DocumentInfo;
}

/** The rules a kind of subject is held to where it lies, and their ids as one frozen list every lean report shares. */
interface Steps {
  list: readonly Step[];
  ruleIds: readonly string[];
}

/**
 * What `Plan.visit` hands over for each rule and subject: the subject (one object per subject of
 * the tree), the rule with its document, the status on the as-of day and the check's outcome.
 */
export type OutcomeVisitor = (where: FindingSubject, step: Step, status: Status, outcome: Outcome) => void;

export interface Plan {
  /**
   * The full report of a valid subject tree; `within` places a subject read on its own from a
   * streamed tree (its ancestors' ids, what they pass down). Where the options name a `language`,
   * the messages hold that one only: `evaluate` and `createEvaluator` type their reports so.
   */
  report(root: Subject, within?: Within): Report;
  /** The statuses alone: no finding objects, no messages. */
  verdicts(root: Subject): Verdict[];
  /** Statuses and figures, frozen, in lists per subject: no finding objects, no messages. */
  lean(root: Subject, within?: Within): LeanReport;
  /**
   * Each rule's outcome on each subject, in the order of the report's findings, with nothing built:
   * what the lean report, the command line's CSV and CHECK_COMMUNITY_DETAIL are written from. Returns the report's head.
   */
  visit(root: Subject, within: Within | undefined, visitor: OutcomeVisitor): Pick<Report, "subject" | "asOf" | "documents">;
}

const whereOf = (subject: Subject, path: string[]): FindingSubject => ({ kind: subject.kind, id: subject.id, path, ...(subject.name !== undefined && { name: subject.name }) });

/**
 * The rule plan of one evaluation: for each jurisdiction a subject can have and each kind, the rules
 * that can apply, in rule-book order, with their documents, worked out once and reused for every
 * subject. `evaluate`, `createEvaluator`, the command line and the sheet functions all run on it.
 *
 * @example compilePlan({ book: builtInBook, asOf: "2012-01-01", documents: ["longgang-2005"] }).report(community)
 */
export function compilePlan({ book: ruleBook, asOf, documents: chosen, local = [], overrides, explain, language }: ResolvedOptions): Plan {
  // The book's documents, then the local ones the options bring, in the order given.
  const infos: readonly DocumentInfo[] = [...ruleBook.documents, ...local.map((d) => d.document)];
  const book: readonly Rule[] = local.length === 0 ? ruleBook.rules : [...ruleBook.rules, ...local.flatMap((d) => d.rules)];
  const byJurisdiction = new Map<Jurisdiction | undefined, { selected: readonly AnyDocumentId[]; steps: Map<SubjectKind, Steps> }>();
  const stepsFor = (jurisdiction: Jurisdiction | undefined) => {
    let entry = byJurisdiction.get(jurisdiction);
    if (entry === undefined) {
      // A local document without a jurisdiction binds wherever it is brought.
      const selected = chosen ?? infos.filter((d) => jurisdiction === undefined || d.jurisdiction === undefined || d.jurisdiction === jurisdiction).map((d) => d.id);
      const lists = new Map<SubjectKind, Step[]>();
      for (const rule of book) {
        if (!selected.includes(rule.document)) continue;
        const list = lists.get(rule.subject) ?? [];
        list.push({ rule: overrides?.get(rule.id) ?? rule, document: infos.find((d) => d.id === rule.document)! });
        lists.set(rule.subject, list);
      }
      const steps = new Map<SubjectKind, Steps>();
      for (const [kind, list] of lists) steps.set(kind, { list, ruleIds: Object.freeze(list.map((s) => s.rule.id)) });
      entry = { selected, steps };
      byJurisdiction.set(jurisdiction, entry);
    }
    return entry;
  };
  const none: Steps = { list: [], ruleIds: Object.freeze([]) };

  /** The subjects of the tree, each with its rules, the documents they come from gathered in `used`. */
  function* subjectsOf(root: Subject, within: Within | undefined, used: Set<AnyDocumentId>) {
    for (const { subject, path, jurisdiction, pilot } of walkSubjects(root, within?.parentPath, within?.inherited)) {
      const { selected, steps } = stepsFor(jurisdiction);
      for (const id of selected) used.add(id);
      yield { subject, where: whereOf(subject, path), steps: steps.get(subject.kind) ?? none, pilot };
    }
  }
  const head = (root: Subject, within: Within | undefined, used: Set<AnyDocumentId>) => ({
    subject: { kind: root.kind, id: root.id, path: [...(within?.parentPath ?? []), root.id], ...(root.name !== undefined && { name: root.name }) },
    asOf,
    documents: infos.map((d) => d.id).filter((id) => used.has(id)),
  });

  /** Each rule of one subject judged under one memo (withSubjectMemo): its step, status and outcome, in the report's order. */
  const judgeEach = (subject: Subject, steps: Steps, pilot: RuleContext["pilot"], take: (step: Step, status: Status, outcome: Outcome) => void) =>
    withSubjectMemo(() => {
      for (const step of steps.list) {
        const outcome = outcomeOf(step.rule, subject, { asOf, document: step.document, pilot });
        take(step, judge(outcome, step.rule, asOf), outcome);
      }
    });

  // Statuses only: the built-in checks need not work out their figures (tests hold every built-in
  // rule's status to be the same). A local document's check may read the figures of a check it
  // calls to decide its own status, so a plan with one keeps them.
  const statusesOnly = local.length === 0 ? withoutFigures : <T>(run: () => T): T => run();

  const plan: Plan = {
    verdicts(root) {
      const verdicts: Verdict[] = [];
      statusesOnly(() => {
        for (const { subject, where, steps, pilot } of subjectsOf(root, undefined, new Set())) {
          const statuses: Record<Status, string[]> = { pass: [], fail: [], pending: [], "not-applicable": [], "insufficient-data": [], info: [] };
          judgeEach(subject, steps, pilot, ({ rule }, status) => statuses[status].push(rule.id));
          verdicts.push({ subject: where, statuses });
        }
      });
      return verdicts;
    },
    visit(root, within, visitor) {
      const used = new Set<AnyDocumentId>();
      for (const { subject, where, steps, pilot } of subjectsOf(root, within, used)) judgeEach(subject, steps, pilot, (step, status, outcome) => visitor(where, step, status, outcome));
      return head(root, within, used);
    },
  } as Plan;
  // The spreadsheet functions read verdicts and outcomes only (CHECK_COMMUNITY, CHECK_COMMUNITY_DETAIL):
  // full reports and the lean ones stay out of their builds.
  if (typeof __SHEETS__ === "undefined") {
    plan.report = (root, within) => {
      const findings: Finding<AnyMessage>[] = [];
      const used = new Set<AnyDocumentId>();
      for (const { subject, where, steps, pilot } of subjectsOf(root, within, used)) {
        withSubjectMemo(() => {
          for (const { rule, document } of steps.list) findings.push(findingOf(rule, subject, where, { asOf, document, pilot }, explain, language));
        });
      }
      return { ...head(root, within, used), findings, summary: summarize(findings) } as Report;
    };
    plan.lean = (root, within) => withoutWords(() => {
      const used = new Set<AnyDocumentId>();
      const subjects: LeanSubject[] = [];
      const summary = { pass: 0, fail: 0, pending: 0, "not-applicable": 0, "insufficient-data": 0, info: 0, total: 0 };
      for (const { subject, where, steps, pilot } of subjectsOf(root, within, used)) {
        const statuses: Status[] = [];
        const measured: (string | number | boolean | null)[] = [];
        const required: (Readonly<Requirement> | null)[] = [];
        const shortfall: (string | number | null)[] = [];
        judgeEach(subject, steps, pilot, (_, status, outcome) => {
          summary[status] += 1;
          summary.total += 1;
          statuses.push(status);
          const figures = outcome.kind === "measured" ? outcome : undefined;
          measured.push(figures?.measured ?? null);
          required.push(figures?.required ? frozenRequirement(figures.required) : null);
          shortfall.push(figures?.shortfall ?? null);
        });
        Object.freeze(where.path);
        subjects.push(Object.freeze({ subject: Object.freeze(where), ruleIds: steps.ruleIds, statuses: Object.freeze(statuses), measured: Object.freeze(measured), required: Object.freeze(required), shortfall: Object.freeze(shortfall) }));
      }
      const { subject, documents } = head(root, within, used);
      Object.freeze(subject.path);
      return Object.freeze({ subject: Object.freeze(subject), asOf, documents: Object.freeze(documents), subjects: Object.freeze(subjects), summary: Object.freeze(summary) });
    });
  }
  return plan;
}

// A check's requirement, frozen where it lies: the lean report hands it over without a copy. What
// it holds from the rule (a list of forms) is frozen with the rule book already.
function frozenRequirement(required: Requirement): Readonly<Requirement> {
  if (required.basis !== undefined) Object.freeze(required.basis);
  if (Array.isArray(required.value)) Object.freeze(required.value);
  return Object.freeze(required);
}

// The plans of the last few option sets, for each rule book: `evaluate(s, options)` in a loop compiles once.
const recentByBook = new WeakMap<RuleBook, Map<string, Plan>>();

/** The plan for these options, compiled once and kept while it is among the last 8 used. */
export function planFor(options: ResolvedOptions): Plan {
  const changed = options.overrides === undefined ? "" : JSON.stringify([...options.overrides.values()].map((r) => [r.id, r.override]));
  // Plans with local documents are not kept: the same ids could name other rules in another call.
  if (options.local !== undefined && options.local.length > 0) return compilePlan(options);
  const key = `${options.asOf}|${options.documents?.join(",") ?? "*"}|${changed}|${options.explain ? "explain" : ""}|${options.language ?? ""}`;
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
