import { ceilToHundredth } from "../arithmetic/ceilToHundredth";
import type { Exact } from "../arithmetic/exact";
import { formatExact } from "../arithmetic/formatExact";
import { smallestWholeAtLeast } from "../arithmetic/smallestWholeAtLeast";
import { isWholeUnit } from "../engine/units";
import type { Unit } from "../types";

/** A measured value as reported: whole units as numbers, areas and money as exact decimal text. */
export function showMeasured(value: Exact, unit: Unit): string | number {
  return isWholeUnit(unit) ? value.toNumber() : formatExact(value);
}

/** A required figure or a shortfall as reported: never understated (whole units up, areas up to 0.01). */
export function showRequired(value: Exact, unit: Unit): string | number {
  return isWholeUnit(unit) ? smallestWholeAtLeast(value) : ceilToHundredth(value);
}
