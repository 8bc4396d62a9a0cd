import type { Bilingual, Consequence, Requirement } from "../types";

/**
 * What a check says about one subject, before the engine weighs it against dates and modality.
 * Shaped like a validation issue: what was expected, what was received.
 */
export type Outcome =
  | { kind: "missing"; missing: string[] }
  | { kind: "not-applicable"; reason: Bilingual }
  | Measured;

export interface Measured {
  kind: "measured";
  met: boolean;
  measured: string | number | boolean | null;
  required: Requirement | null;
  shortfall: string | number | null;
  /** A figure reported rather than judged (a permission, an amount owed). */
  report?: boolean;
  /** Not met, but the check itself knows it is not yet due (the quarter still running). */
  notYetDue?: boolean;
  consequences?: Consequence[];
  detail?: Bilingual;
}

/**
 * The outcome of a check that lacks data: insufficient-data, naming the field paths it needs.
 *
 * @example missing(["population"])
 */
export function missing(paths: string[]): Outcome {
  return { kind: "missing", missing: paths };
}

/**
 * The outcome of a rule that does not apply to this subject, with the reason in both languages.
 *
 * @example notApplicable({ zh: "非村改居社区", en: "not a converted village" })
 */
export function notApplicable(reason: Bilingual): Outcome {
  return { kind: "not-applicable", reason };
}
