import type { Rule } from "../src/engine/rule";
import type { SourceDocument } from "../src/types";
import { longgang2005, longgang2005Rules } from "./longgang-2005";

/** The source documents, oldest first. */
export const documents: readonly SourceDocument[] = [longgang2005];

/** Every rule of every document, by document and then in article order. */
export const ruleBook: readonly Rule[] = [...longgang2005Rules] as readonly Rule[];
