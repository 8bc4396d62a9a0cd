import type { SourceDocument } from "../types";
import type { Rule } from "./rule";

/**
 * The rules an evaluation may apply and the documents they come from. The engine is handed one (the
 * built-in book of rules/, wired in by the entry) and adds a district's local documents to it per
 * evaluation; it never reaches for the rules itself.
 */
export interface RuleBook {
  readonly rules: readonly Rule[];
  readonly documents: readonly SourceDocument[];
}
