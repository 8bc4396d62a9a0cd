// Writing a district's own documents (`community-standards-cn/authoring`): the same parts the
// built-in rules are made of. Alphabetical.
export { allTrue } from "../checks/allTrue";
export { appliesIf } from "../engine/applicability";
export { atLeast } from "../checks/atLeast";
export { defineDocument } from "./defineDocument";
export { defineRule } from "../engine/rule";
export { documentFromJson } from "./documentFromJson";
export { everyYear } from "../checks/everyYear";
export { field } from "../engine/field";
export { isTrue } from "../checks/isTrue";
export { missing, notApplicable } from "../engine/outcome";
export { oneOf } from "../checks/oneOf";
export { rateAtLeast } from "../checks/rateAtLeast";
export { verifyQuotes } from "./verifyQuotes";
export { withinRange } from "../checks/withinRange";

export type { Applicability, Rule, RuleContext, RuleInfo } from "../engine/rule";
export type { Input } from "../engine/field";
export type { LocalDocument } from "../engine/localDocument";
export type { Outcome } from "../engine/outcome";
