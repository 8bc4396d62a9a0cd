import { ruleBook } from "../rules";
import { deepFreeze } from "./deepFreeze";
import type { RuleInfo } from "./rule/rule";

/** Every rule's data, without its logic: id, document, article, quote, modality, subject, due, figures. */
export const rules: readonly RuleInfo[] = deepFreeze(ruleBook.map(({ check: _check, appliesWhen: _appliesWhen, ...info }) => info));
