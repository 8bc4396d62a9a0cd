
/** Text in both languages the library speaks: Chinese first, the documents' own language. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The id of one of the five documents. */
export type DocumentId = "guangzhou-2000" | "guangzhou-2011" | "linyi-report" | "dunhuang-opinions" | "longgang-2005";
/** A built-in document's id, or a local document's own (a district's 实施细则). */
export type AnyDocumentId = DocumentId | (string & {});
/** Where a subject lies, which decides the documents it is held to by default. */
export type Jurisdiction = "guangzhou" | "longgang" | "linyi" | "dunhuang";
/** The kinds of subject the rules measure. */
export type SubjectKind = "community" | "street" | "district" | "city" | "project";

/** How binding the wording is (spec section 1): only requirements and targets can fail hard. */
export type Modality = "requirement" | "target" | "guidance" | "permission";

/**
 * A finding's verdict: pass (met); fail (not met, past its due date or with none); pending (not met,
 * not yet due); not-applicable; insufficient-data (a field it needs is blank); info (a permission or
 * guidance, reported).
 */
export type Status = "pass" | "fail" | "pending" | "not-applicable" | "insufficient-data" | "info";

/** A document the rules come from: one of the five, or a local one (a district's 实施细则). */
export interface DocumentInfo {
  id: AnyDocumentId;
  title: string;
  /** The document's number (文号), where it has one. */
  number?: string;
  issuer: string;
  /** ISO date, or null where the copy states none. */
  issued: string | null;
  /** ISO date from which its rules apply, or null: in force without a known start. */
  inForce: string | null;
  /**
   * Where the copy states no date and `inForce` is the earliest day its text could have been
   * written (a congress it cites, a document it quotes): why, as a finding before it says.
   */
  inForceEstimate?: Bilingual;
  /** Where it binds; a local document without one binds wherever it is chosen. */
  jurisdiction?: Jurisdiction;
  /** What the copy is, and what is damaged or missing in it. */
  note?: string;
  timeline: readonly TimelineStep[];
}

/** One of the five documents of the specification. */
export interface SourceDocument extends DocumentInfo {
  id: DocumentId;
  jurisdiction: Jurisdiction;
}

/** A step of a document's timeline as its text states it (从…到…, a phase). */
export interface TimelineStep {
  from?: string;
  to?: string;
  text: string;
}

/** The unit of a requirement and its figures. */
export type Unit = "m2" | "yuan" | "people" | "households" | "count" | "beds" | "percent" | "quarters" | "years";

/** How the measured value is held against the document's figure. */
export type Comparison =
  | "at-least"
  | "at-most"
  | "within"
  | "equals"
  | "is-true"
  | "one-of"
  | "all-true"
  | "every-quarter"
  | "every-year"
  | "no-gap-over"
  | "reported";

/** What a rule required of the subject: the comparison, the figure (exact decimal text for areas and money) and its unit. */
export interface Requirement {
  comparison: Comparison;
  /** The figure to reach: a decimal string (exact), a count, or true for a yes/no standard. */
  value?: string | number | boolean | readonly string[];
  min?: string | number;
  max?: string | number;
  unit?: Unit;
  /** How the figure was derived from a rate, e.g. "2 per 10000 of 20001 residents". */
  basis?: Bilingual;
}

/** What the document says follows a failure (a yellow card, no presale, payment in lieu…). */
export interface Consequence {
  code: "ineligible-for-awards" | "yellow-card" | "in-lieu-payment" | "no-presale" | "acceptance-refused";
  zh: string;
  en: string;
}

/** Where a finding's rule comes from: the document, its title and date, the article and its words verbatim. */
export interface Citation {
  document: AnyDocumentId;
  title: string;
  /** The document's date (YYYY-MM-DD), or null where the copy states none: which year a figure is from. */
  issued: string | null;
  article: string;
  /** Verbatim from the document's normalized text: what the citation is checked against. */
  quote: string;
  /** The quote as a person reads it: Guangzhou 2011's in simplified characters, as the document was issued. */
  displayQuote: string;
}

/** The subject a finding is about: its kind, id, name and the path of ids from the root of the tree. */
export interface FindingSubject {
  kind: SubjectKind;
  id: string;
  /** Ids from the root subject down to this one: ["tianhe", "shipai", "community-7"]. */
  path: string[];
  /** The subject's own name (沙塘布社区), where the input gives one. */
  name?: string;
}

/** A figure or due date a caller changed for one evaluation, and the source that says so. */
export interface Override {
  source: string;
  original: { threshold?: Record<string, unknown>; due?: string | null };
  applied: { threshold?: Record<string, unknown>; due?: string | null };
}

/** A language messages are written in: Chinese or English. */
export type Language = keyof Bilingual;

/** A message in the one language an evaluation asked for: `MessageIn<"zh">` is `{ zh: string }`. */
export type MessageIn<L extends Language> = L extends Language ? Pick<Bilingual, L> : never;

/** What a finding's message can be: both languages (the default), or the one asked for. */
export type AnyMessage = Bilingual | MessageIn<Language>;

interface FindingBase<M extends AnyMessage> {
  ruleId: string;
  document: AnyDocumentId;
  subject: FindingSubject;
  modality: Modality;
  /** True where the document says 左右 (about): the figure is approximate. */
  approximate: boolean;
  due: string | null;
  /** Field paths, relative to the subject, that the rule needs and the subject lacks. */
  missing: string[];
  /** What the document says follows from the failure: empty unless the status is fail. */
  consequences: Consequence[];
  citation: Citation;
  /** How the library reads the clause, where the reading is not plain from the quote. */
  note: string | null;
  /**
   * The finding in a sentence, in Chinese and English (or in the one language the evaluation asked
   * for, `language: "zh"`): plain text, as JSON and structuredClone keep it.
   */
  message: M;
  /** Present when an override changed the rule's figures or due date for this evaluation. */
  override?: Override;
  /** With `explain: true`: how the finding came about, step by step, in zh and en. */
  trace?: Bilingual[];
}

/** A finding that measured something: met, failed, pending or reported. */
export interface MeasuredFinding<M extends AnyMessage = Bilingual> extends FindingBase<M> {
  status: "pass" | "fail" | "pending" | "info";
  measured: string | number | boolean | null;
  required: Requirement | null;
  /** How far short, in the requirement's unit (areas rounded up to 0.01 m²), or null. */
  shortfall: string | number | null;
}

/** A finding that measured nothing: the rule does not apply, or data is missing (`missing` says which). */
export interface UnmeasuredFinding<M extends AnyMessage = Bilingual> extends FindingBase<M> {
  status: "not-applicable" | "insufficient-data";
  measured: null;
  required: null;
  shortfall: null;
}

/**
 * One rule's verdict on one subject; narrowed by `status` (an insufficient-data finding measured
 * nothing). `Finding<MessageIn<"zh">>` is one whose message is in Chinese only (`language: "zh"`).
 */
export type Finding<M extends AnyMessage = Bilingual> = MeasuredFinding<M> | UnmeasuredFinding<M>;

/** How many findings have each status. */
export type StatusCounts = Record<Status, number>;

/** What `evaluate` returns: the subject, the as-of day, the documents applied, every finding and their counts. */
export interface Report<M extends AnyMessage = Bilingual> {
  subject: FindingSubject & { name?: string };
  asOf: string;
  documents: AnyDocumentId[];
  findings: Finding<M>[];
  summary: StatusCounts & { total: number };
}

/**
 * One subject's verdicts in a lean report: rule by rule, in the order of a report's findings, the
 * status and the figures. `ruleIds` is one frozen list shared by every subject of the same kind and
 * jurisdiction; the other lists are the subject's own. Frozen, like all of a lean report.
 */
export interface LeanSubject {
  readonly subject: Readonly<FindingSubject>;
  readonly ruleIds: readonly string[];
  readonly statuses: readonly Status[];
  readonly measured: readonly (string | number | boolean | null)[];
  readonly required: readonly (Readonly<Requirement> | null)[];
  readonly shortfall: readonly (string | number | null)[];
}

/**
 * What `evaluateMany(inputs, { findings: "lean" })` gives for each subject: statuses and figures
 * without finding objects or messages, for bulk work (a dashboard, a count, an export). Every
 * subject of the tree has its entry, one with no rule too; `summary` counts as a report's does.
 */
export interface LeanReport {
  readonly subject: Readonly<FindingSubject>;
  readonly asOf: string;
  readonly documents: readonly AnyDocumentId[];
  readonly subjects: readonly LeanSubject[];
  readonly summary: Readonly<StatusCounts & { total: number }>;
}

/** One problem with an input: the field path (`rooms[1].areaM2`, "" for the subject itself) and what is wrong, in both languages. */
export interface InputProblem {
  /** Where the problem is: "communities[0].rooms[2].areaM2"; "" for the subject itself. */
  path: string;
  message: Bilingual;
}

/** Where an input problem is: the file, the row (sheet or CSV row, JSON array index, from 1), the column or field. */
export interface FileProblem {
  file: string;
  row: number;
  column: string;
  /** The column's Chinese label, where it has one. */
  label?: string;
  message: Bilingual;
}
