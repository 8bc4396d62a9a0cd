import type { DocumentInfo } from "../types";
import type { Rule } from "../rule/rule";

/**
 * A document of a district's or street's own (实施细则), with its rules and its text: evaluated beside
 * the five built-in ones (`documents: ["longgang-2005", local]`). Made by `defineDocument` or
 * `documentFromJson` (community-standards-cn/authoring), which check every quote against the text.
 */
export interface LocalDocument {
  readonly document: DocumentInfo;
  readonly rules: readonly Rule[];
  /** The document's text as collected; every rule's quote stands in it verbatim (after normalizeText). */
  readonly text: string;
}
