import type { Outcome } from "../measure/outcome";
import type { Bilingual } from "../types";

/**
 * An amount the subject is owed or owes, reported (status `info`) until a payment is recorded.
 *
 * @example owed("259515.00", { zh: "应缴 259515.00 元", en: "259515.00 yuan owed" })
 */
export function owed(amountYuan: string, detail: Bilingual): Outcome {
  return { kind: "measured", met: false, report: true, measured: null, required: { comparison: "at-least", value: amountYuan, unit: "yuan" }, shortfall: null, detail };
}
