import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";

/**
 * A yes/no standard: the subject has the thing the document asks for.
 *
 * @example isTrue({ path: "serviceStation", value: false }) // met: false
 */
export function isTrue(input: Input<boolean>): Outcome {
  if (input.value === undefined) return missing(missingOf(input));
  return { kind: "measured", met: input.value, measured: input.value, required: { comparison: "is-true", value: true }, shortfall: null };
}
