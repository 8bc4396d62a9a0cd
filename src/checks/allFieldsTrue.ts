import { type BooleanPath, field } from "../measure/field";
import type { Outcome } from "../measure/outcome";
import type { Bilingual } from "../types";
import { allTrue } from "./allTrue";

/** One yes/no field of a subject and the name a finding gives it when it is lacking. */
export interface NamedField<S> {
  path: BooleanPath<S>;
  name: Bilingual;
}

/**
 * `allTrue` over yes/no fields of one subject: the things a clause lists (五个一, 工会、共青团、妇女组织),
 * each named when lacking, an unknown one missing data.
 *
 * @example allFieldsTrue(street, [{ path: "network.touchScreens", name: { zh: "电子触摸屏", en: "touch screens" } }])
 */
export function allFieldsTrue<S>(subject: S, items: readonly NamedField<S>[]): Outcome {
  return allTrue(items.map(({ path, name }) => [field(subject, path as never) as { path: string; value: boolean | undefined }, name] as const));
}
