import { ceilToHundredth } from "./ceilToHundredth";
import { Exact } from "./exact";
import { ceilFixedToHundredth, commonUnits } from "./fixedOf";
import { toExact } from "./toExact";

/** How far each figure falls below its floor, and all of it. */
export interface Gaps {
  /** Per pair: the gap rounded up to 0.01, or null where the figure reaches its floor. */
  each: (string | null)[];
  /** The sum of the exact gaps, rounded up to 0.01 once ("0.00" when none). */
  total: string;
  /** The same sum, exact, for what is computed from it (a price). */
  exactTotal(): Exact;
}

/**
 * How far each figure falls below its floor (art. 36: the space short of each of art. 32's
 * minimums): exact, in whole units of the finest place while the figures allow it (fixedOf), with
 * Decimal otherwise; tests hold both ways equal.
 *
 * @example gapsBelow([[50, "40"], [30, "30.5"]]) // { each: ["10.00", null], total: "10.00", … }
 */
export function gapsBelow(pairs: readonly (readonly [floor: number | string, figure: number | string])[]): Gaps {
  return fixedGaps(pairs) ?? exactGaps(pairs);
}

function fixedGaps(pairs: readonly (readonly [number | string, number | string])[]): Gaps | undefined {
  const common = commonUnits(pairs.flat());
  if (common === undefined) return undefined;
  const { units, scale } = common;
  const gaps = pairs.map((_, i) => Math.max(0, units[2 * i]! - units[2 * i + 1]!));
  const sum = gaps.reduce((a, b) => a + b, 0);
  const each = gaps.map((gap) => (gap > 0 ? ceilFixedToHundredth(gap, scale) : null));
  const total = ceilFixedToHundredth(sum, scale);
  if (!Number.isSafeInteger(sum) || total === undefined || each.some((e) => e === undefined)) return undefined;
  return { each: each as (string | null)[], total, exactTotal: () => new Exact(sum).div(10 ** scale) };
}

function exactGaps(pairs: readonly (readonly [number | string, number | string])[]): Gaps {
  const gaps = pairs.map(([floor, figure]) => {
    const gap = toExact(floor).minus(toExact(figure));
    return gap.gt(0) ? gap : new Exact(0);
  });
  const sum = gaps.reduce((a, b) => a.plus(b), new Exact(0));
  return { each: gaps.map((gap) => (gap.gt(0) ? ceilToHundredth(gap) : null)), total: ceilToHundredth(sum), exactTotal: () => sum };
}
