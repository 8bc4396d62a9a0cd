import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";

/**
 * The subject's choice is one the document accepts (a party organization form, a culture station grade).
 *
 * @example oneOf({ path: "partyOrganization.form", value: "none" }, ["branch", "general-branch"]) // met: false
 */
export function oneOf<T extends string>(input: Input<T>, accepted: readonly T[]): Outcome {
  if (input.value === undefined) return missing(missingOf(input));
  return {
    kind: "measured",
    met: accepted.includes(input.value),
    measured: input.value,
    required: { comparison: "one-of", value: accepted },
    shortfall: null,
  };
}
