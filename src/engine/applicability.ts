import type { Bilingual } from "../types";
import type { Input } from "./field";
import type { Applicability } from "./rule";

/**
 * A rule that applies only when a yes/no field is true (a pilot street, a direct election). A missing
 * field is not guessed: the finding is `insufficient-data` naming it.
 *
 * @example appliesIf({ path: "pilot", value: false }, { zh: "非试点街", en: "not a pilot street" }) // { reason }
 */
export function appliesIf(input: Input<boolean>, reasonIfNot: Bilingual): Applicability {
  if (input.value === undefined) return { missing: [input.path] };
  return input.value ? true : { reason: reasonIfNot };
}

/**
 * A rule that applies only where a section of the subject is present (`villageConversion` present
 * means a 村改居 community, spec section 2).
 */
export function appliesIfPresent(input: Input<unknown>, reasonIfNot: Bilingual): Applicability {
  return input.value === undefined ? { reason: reasonIfNot } : true;
}
