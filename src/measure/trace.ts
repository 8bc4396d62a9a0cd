import type { Bilingual } from "../types";

// The steps of the finding being explained, while a check runs; undefined when nobody asked, so
// a check's `step(() => …)` costs one comparison. Checks run synchronously: one at a time.
let active: Bilingual[] | undefined;

/**
 * Records a step of the explanation under way, if any: the function is called only when explaining.
 *
 * @example step(() => ({ zh: "读取 人口 = 10001", en: "read population = 10001" }))
 */
export function step(make: () => Bilingual): void {
  if (active !== undefined) active.push(make());
}

/** Whether an explanation is under way (checked before a step, so nothing is allocated when nobody asked). */
export function explaining(): boolean {
  return active !== undefined;
}

/**
 * Runs `fn` recording the steps it takes (`step`), and returns both.
 *
 * @example traced(() => rule.check(subject, rule, context)) // { value: outcome, steps: [...] }
 */
export function traced<T>(fn: () => T): { value: T; steps: Bilingual[] } {
  const outer = active;
  const steps: Bilingual[] = [];
  active = steps;
  try {
    return { value: fn(), steps };
  } finally {
    active = outer;
  }
}
