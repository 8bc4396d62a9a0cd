import type { Bilingual } from "../types";
import type { Input } from "../measure/field";
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
 * means a 村改居 community, spec section 2). Absent is "no"; `null` (a blank cell) is not known, so
 * the finding is `insufficient-data` naming it.
 *
 * @example appliesIfPresent("villageConversion", null, reason) // { missing: ["villageConversion"] }
 */
export function appliesIfPresent(path: string, value: unknown, reasonIfNot: Bilingual): Applicability {
  if (value === null) return { missing: [path] };
  return value === undefined ? { reason: reasonIfNot } : true;
}
