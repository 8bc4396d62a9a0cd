// Writing a district's own documents (`community-standards-cn/authoring`): the same parts the
// built-in rules are made of. Alphabetical.
export { allTrue } from "../checks/allTrue";
export { appliesIf } from "../rule/applicability";
export { atLeast } from "../checks/atLeast";
export { defineDocument } from "./defineDocument";
export { defineRule } from "../rule/rule";
export { documentFromJson } from "./documentFromJson";
export { everyYear } from "../checks/everyYear";
export { field } from "../measure/field";
export { isTrue } from "../checks/isTrue";
export { missing, notApplicable } from "../measure/outcome";
export { oneOf } from "../checks/oneOf";
export { rateAtLeast } from "../checks/rateAtLeast";
export { verifyQuotes } from "./verifyQuotes";
export { withinRange } from "../checks/withinRange";

export type { Applicability, Rule, RuleContext, RuleInfo } from "../rule/rule";
export type { Input } from "../measure/field";
export type { LocalDocument } from "../engine/localDocument";
export type { Outcome } from "../measure/outcome";
