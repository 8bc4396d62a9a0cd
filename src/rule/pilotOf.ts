import type { Input } from "../measure/field";
import type { RuleContext } from "./rule";

/**
 * Whether a subject lies in the Guangzhou 2000 pilot, read as a rule input named `pilot`: its own
 * flag, or that of the nearest district or street it lies in (spec section 2).
 *
 * @example pilotOf({ asOf: "2001-01-01", document, pilot: true }) // { path: "pilot", value: true }
 */
export function pilotOf(context: RuleContext): Input<boolean> {
  return { path: "pilot", value: context.pilot };
}
