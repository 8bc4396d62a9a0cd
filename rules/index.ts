import { deepFreeze } from "../src/deepFreeze";
import type { Rule } from "../src/rule/rule";
import type { RuleBook } from "../src/rule/ruleBook";
import type { SourceDocument } from "../src/types";
import { dunhuangOpinions, dunhuangOpinionsRules } from "./dunhuang-opinions";
import { guangzhou2000, guangzhou2000Rules } from "./guangzhou-2000";
import { guangzhou2011, guangzhou2011Rules } from "./guangzhou-2011";
import { linyiReport, linyiReportRules } from "./linyi-report";
import { longgang2005, longgang2005Rules } from "./longgang-2005";

/** The source documents, in the catalogue's order (the undated ones where their years place them). */
export const documents: readonly SourceDocument[] = deepFreeze([guangzhou2000, linyiReport, dunhuangOpinions, guangzhou2011, longgang2005]);

/** Every rule of every document, by document and then in article order; frozen through, thresholds and all, so nothing can change what the engine reads. */
export const ruleBook: readonly Rule[] = deepFreeze([
  ...guangzhou2000Rules,
  ...linyiReportRules,
  ...dunhuangOpinionsRules,
  ...guangzhou2011Rules,
  ...longgang2005Rules,
] as readonly Rule[]);

/** The built-in rule book: every rule and the five documents, handed to the engine by the entries. */
export const builtInBook: RuleBook = Object.freeze({ rules: ruleBook, documents });
