import { ceilToHundredth } from "../arithmetic/ceilToHundredth";
import type { Exact } from "../arithmetic/exact";
import { formatExact } from "../arithmetic/formatExact";
import { smallestWholeAtLeast } from "../arithmetic/smallestWholeAtLeast";
import { isWholeUnit } from "../measure/units";
import type { Unit } from "../types";

/**
 * A measured value as reported: whole units as numbers, areas and money as exact decimal text. A
 * whole number under 10^15 (wholeOf) is shown without Decimal, as Decimal would show it.
 */
export function showMeasured(value: Exact | number, unit: Unit): string | number {
  if (typeof value === "number") return isWholeUnit(unit) ? value : String(value);
  return isWholeUnit(unit) ? value.toNumber() : formatExact(value);
}

/** A required figure or a shortfall as reported: never understated (whole units up, areas up to 0.01). */
export function showRequired(value: Exact | number, unit: Unit): string | number {
  if (typeof value === "number") return isWholeUnit(unit) ? value : value.toFixed(2);
  return isWholeUnit(unit) ? smallestWholeAtLeast(value) : ceilToHundredth(value);
}

/** How `showRequired` rounds, for an explanation. */
export function roundingOf(unit: Unit): { zh: string; en: string } {
  return isWholeUnit(unit) ? { zh: "向上取整", en: "rounded up to a whole number" } : { zh: "向上取到 0.01", en: "rounded up to 0.01" };
}
