import { builtInBook } from "../../rules";
import { SubjectValidationError } from "../errors";
import type { LocalDocument } from "../engine/localDocument";
import type { InputProblem } from "../schema/describeIssues";
import type { DocumentInfo } from "../types";
import { checkLocalDocument } from "../engine/checkLocalDocument";

/**
 * A district's or street's own document, checked and frozen: its metadata, its text, and its rules
 * (made with defineRule and the checks of this entry). Every quote must stand verbatim in the text;
 * every problem is named at its path in a SubjectValidationError.
 *
 * @example const buji = defineDocument({ document: { id: "buji-2012", … }, text, rules: [policeRoom] });
 *          evaluate(community, { documents: ["longgang-2005", buji] });
 */
export function defineDocument(input: { document: Omit<DocumentInfo, "timeline"> & Partial<Pick<DocumentInfo, "timeline">>; text: string; rules: readonly unknown[] }): LocalDocument {
  const problems: InputProblem[] = [];
  const document = checkLocalDocument(input, "", (path, zh, en) => problems.push({ path: path.replace(/^\./, ""), message: { zh, en } }), builtInBook);
  if (document === undefined) throw new SubjectValidationError(problems);
  return document;
}
