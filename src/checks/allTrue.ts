import { type Input, missingOf } from "../measure/field";
import { missing, type Outcome } from "../measure/outcome";
import type { Bilingual } from "../types";

/**
 * Several things must all be there (一队三中心, 五个一). Measured is how many are; the detail names
 * those that are not.
 *
 * @example allTrue([[{ path: "fiveOnes.sportsPark", value: false }, { zh: "体育休闲公园", en: "sports park" }]])
 */
export function allTrue(items: readonly (readonly [Input<boolean>, Bilingual])[]): Outcome {
  const inputs = items.map(([input]) => input);
  const absent = missingOf(...inputs);
  if (absent.length > 0) return missing(absent);
  const lacking = items.filter(([input]) => input.value !== true).map(([, name]) => name);
  const present = items.length - lacking.length;
  return {
    kind: "measured",
    met: lacking.length === 0,
    measured: present,
    required: { comparison: "all-true", value: items.length, unit: "count" },
    shortfall: lacking.length === 0 ? null : lacking.length,
    ...(lacking.length > 0 && {
      detail: { zh: `缺少：${lacking.map((n) => n.zh).join("、")}`, en: `lacking: ${lacking.map((n) => n.en).join(", ")}` },
    }),
  };
}
