// The messages between the page and its worker. Everything crosses by structured clone: plain data.
import type { Problem } from "../read/tableItems";
import type { Lang } from "../report/words";
import type { DocumentId, FindingSubject, Report, Status, StatusCounts } from "../types";

/** What the page asks of the worker. */
export type Request =
  | { type: "check"; file: File; asOf: string | undefined; documents: DocumentId[] | undefined }
  | { type: "detail"; item: number }
  | { type: "download"; format: "xlsx" | "csv"; lang: Lang }
  | { type: "template" };

/** Findings per status, and all of them. */
export type Counts = StatusCounts & { total: number };

/** One subject of the results table: a subject of a report, or a row that could not be read. */
export interface SubjectRow {
  /** Which report (input item) it comes from, to ask for its findings. */
  item: number;
  subject: FindingSubject;
  counts: Counts;
  overall: Status;
  /** The problems of its row, where it was read from a row with bad cells (checked as far as it could be read). */
  flaws: number;
  /** What to fix: each failed standard by article and label, with its shortfall (report/toFix). */
  toFix: { zh: string[]; en: string[] };
}

/** How one rule fared across the subjects it was applied to. */
export interface RuleTally {
  ruleId: string;
  label: { zh: string; en: string };
  counts: Counts;
}

/** What the worker answers. */
export type Answer =
  | { type: "progress"; rows: number; bytes: number; total: number }
  | {
      type: "checked";
      file: string;
      asOf: string;
      documents: string[];
      subjects: SubjectRow[];
      problems: Problem[];
      /** The problems of rows that gave no subject (no id, a kind that cannot be read): listed as rows of their own. */
      unread: Problem[];
      /** What the reader did that the clerk should know (title rows, ignored columns, a totals row, a cover sheet). */
      notes: Problem[];
      rules: RuleTally[];
      counts: Counts;
      seconds: number;
    }
  | { type: "detail"; item: number; report: Report }
  | { type: "file"; name: string; mime: string; bytes: Blob }
  | { type: "failed"; message: { zh: string; en: string } };
