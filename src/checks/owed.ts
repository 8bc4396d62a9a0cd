import type { Outcome } from "../measure/outcome";
import type { Bilingual, Unit } from "../types";

/**
 * An amount the subject is owed or owes (money, or space to be bought), reported (status `info`)
 * until a payment or purchase is recorded.
 *
 * @example owed("259515.00", { zh: "应缴 259515.00 元", en: "259515.00 yuan owed" })
 * @example owed("120.50", { zh: "应由政府另行购置 120.50 平方米", en: "120.50 m² for the government to buy" }, "m2")
 */
export function owed(amount: string, detail: Bilingual, unit: Unit = "yuan"): Outcome {
  return { kind: "measured", met: false, report: true, measured: null, required: { comparison: "at-least", value: amount, unit }, shortfall: null, detail };
}
