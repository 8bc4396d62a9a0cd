import type { AnyDocumentId, Bilingual, Consequence, Modality, Override, DocumentInfo, SubjectKind, Unit } from "../types";
import type { SubjectOfKind } from "../schema/subject";
import type { Outcome } from "../measure/outcome";

/** Whether a rule concerns a subject at all: yes, no (with the reason), or unknown (fields missing). */
export type Applicability = true | { reason: Bilingual } | { missing: string[] };

/** What a rule is checked in: the as-of day, its document, and the pilot flag the subject lies under. */
export interface RuleContext {
  /** The as-of day, YYYY-MM-DD. */
  asOf: string;
  document: DocumentInfo;
  /** The subject's own `pilot`, or that of the nearest district or street it lies in. */
  pilot: boolean | undefined;
}

/** A rule's data: what the document says, where, and the figures it sets. */
export interface RuleInfo<K extends SubjectKind = SubjectKind, T = unknown> {
  readonly id: string;
  readonly document: AnyDocumentId;
  readonly article: string;
  /** Verbatim from the document's normalized text (tested). */
  readonly quote: string;
  /** The quote as output shows it, where it differs (Guangzhou 2011's copy is in traditional characters). */
  readonly displayQuote?: string;
  readonly modality: Modality;
  readonly subject: K;
  /** What is measured, for messages: "社区警务室面积" / "community police office area". */
  readonly label: Bilingual;
  /** The figures the clause sets, as data (thresholds, rates, ranges). */
  readonly threshold: T;
  /** The unit of the threshold's bounds (`min`, `max`), where the figures alone do not say it: 户, 人, 个. */
  readonly unit?: Unit;
  /** Inclusive due date (YYYY-MM-DD); before and on it an unmet rule is pending. */
  readonly due?: string;
  /** The document says 左右 (about). */
  readonly approximate?: boolean;
  /** How the library reads the clause where the quote alone does not settle it. */
  readonly note?: string;
  /** What the document says follows from a failure. */
  readonly consequences?: readonly Consequence[];
  /** Set on the copy of a rule an evaluation's `overrides` changed. */
  readonly override?: Override;
}

export interface Rule<K extends SubjectKind = SubjectKind, T = unknown> extends RuleInfo<K, T> {
  // Method syntax on purpose: it lets a community rule and a street rule share one list.
  /** Whether the rule applies to this subject at all (a village-conversion community, a pilot street); absent: always. */
  appliesWhen?(subject: SubjectOfKind[K], context: RuleContext): Applicability;
  /** Measures the subject against the rule's threshold: met or not and by how much, or what data is missing. */
  check(subject: SubjectOfKind[K], rule: RuleInfo<K, T>, context: RuleContext): Outcome;
}

/** Declares a rule; the identity function that lets TypeScript infer the subject and threshold types. */
export function defineRule<K extends SubjectKind, T>(rule: Rule<K, T>): Rule<K, T> {
  return Object.freeze(rule);
}
