import { ceilQuotient } from "./ceilQuotient";
import { hundredthsText } from "./hundredthsText";
import { AMOUNT_DIGITS } from "./toExact";

/**
 * A decimal as a whole number of units of 10^-scale: "210.55" is { units: 21055, scale: 2 }. Every
 * operation below stays exact because it refuses (returns undefined) rather than pass
 * Number.MAX_SAFE_INTEGER, and the caller then takes the Decimal way.
 */
export interface Fixed {
  units: number;
  scale: number;
}

// At most 15 digits in all: units below 10^15, safe (2^53 ≈ 9.007 × 10^15); at most 10 places, as
// toExact allows (AMOUNT_DIGITS), so a figure read here is one toExact would read.
const MAX_DIGITS = 15;
const MAX_PLACES = AMOUNT_DIGITS.fraction;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A figure as fixed-point units, when it is written with at most 15 digits in all and 10 places (as decimal text,
 * or a number whose shortest text is such): the areas and money offices record. Anything else
 * (an exponent, more digits, a sign) is undefined, for Decimal.
 *
 * @example fixedOf("210.55") // { units: 21055, scale: 2 }
 * @example fixedOf(0.1)      // { units: 1, scale: 1 }
 * @example fixedOf("1e3")    // undefined
 */
export function fixedOf(value: unknown): Fixed | undefined {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value >= 0 && value < POWERS[MAX_DIGITS]!) return { units: value, scale: 0 };
    return value > 0 && Number.isFinite(value) ? fixedOfText(String(value)) : undefined;
  }
  return typeof value === "string" ? fixedOfText(value) : undefined;
}

function fixedOfText(text: string): Fixed | undefined {
  const point = text.indexOf(".");
  const digits = point < 0 ? text.length : text.length - 1;
  if (digits === 0 || digits > MAX_DIGITS || point === 0 || point === text.length - 1) return undefined;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    if (i === point) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    units = units * 10 + digit;
  }
  const scale = point < 0 ? 0 : text.length - point - 1;
  return scale > MAX_PLACES ? undefined : { units, scale };
}

/**
 * `value`'s units at a larger `scale`, or undefined past MAX_SAFE_INTEGER.
 *
 * @example unitsAt({ units: 21055, scale: 2 }, 3) // 210550
 */
export function unitsAt(value: Fixed, scale: number): number | undefined {
  const units = value.units * POWERS[scale - value.scale]!;
  return Number.isSafeInteger(units) ? units : undefined;
}

/**
 * Units of 10^-scale as plain decimal text without trailing zeros: what Decimal's toFixed() writes.
 *
 * @example formatFixed(21050, 2) // "210.5"
 */
export function formatFixed(units: number, scale: number): string {
  if (scale === 0) return String(units);
  const digits = String(units).padStart(scale + 1, "0");
  const point = digits.length - scale;
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--;
  return end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
}

/**
 * Units of 10^-scale rounded up to a hundredth, as text with two places: what ceilToHundredth gives.
 *
 * @example ceilFixedToHundredth(2105501, 4) // "210.56"
 */
export function ceilFixedToHundredth(units: number, scale: number): string | undefined {
  if (scale > 2) return hundredthsText(ceilQuotient(units, POWERS[scale - 2]!));
  const hundredths = units * POWERS[2 - scale]!;
  return Number.isSafeInteger(hundredths) ? hundredthsText(hundredths) : undefined;
}

/**
 * Figures on one scale, the finest among them: their units, or undefined when one is not a fixed
 * figure (fixedOf) or its units would pass MAX_SAFE_INTEGER. What comparing, adding or subtracting
 * them exactly as whole numbers needs.
 *
 * @example commonUnits(["210.5", 200]) // { units: [2105, 2000], scale: 1 }
 */
export function commonUnits(values: readonly unknown[]): { units: number[]; scale: number } | undefined {
  const figures: Fixed[] = [];
  for (const value of values) {
    const figure = fixedOf(value);
    if (figure === undefined) return undefined;
    figures.push(figure);
  }
  const scale = Math.max(0, ...figures.map((f) => f.scale));
  const units: number[] = [];
  for (const figure of figures) {
    const at = unitsAt(figure, scale);
    if (at === undefined) return undefined;
    units.push(at);
  }
  return { units, scale };
}
