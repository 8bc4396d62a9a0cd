import type { Subject } from "../schema/subject";
import type { Report } from "../types";
import { type Within, planFor } from "./plan";
import type { ResolvedOptions } from "./resolveOptions";

export { summarize } from "./summarize";

/**
 * The findings for a subject that is already valid (from the schema, or from `rowToSubject`), and
 * for every subject nested in it. Kept free of zod so the spreadsheet bundle stays small.
 *
 * @example evaluateSubject(community, { asOf: "2012-01-01", documents: undefined }).findings
 */
export function evaluateSubject(root: Subject, options: ResolvedOptions, within?: Within): Report {
  return planFor(options).report(root, within);
}
