import { Exact } from "./exact";

/**
 * The digits an amount may have: 15 before the point, 10 after. The library computes with 40
 * significant digits (src/arithmetic/exact.ts); within these bounds every sum, ratio and
 * comparison the rules make stays exact, so longer input is refused rather than rounded.
 */
export const AMOUNT_DIGITS = { integer: 15, fraction: 10 } as const;

/** A non-negative decimal written in plain notation, within AMOUNT_DIGITS: "1200", "0.5", "1200.50". */
export const DECIMAL_PATTERN = new RegExp(`^\\d{1,${AMOUNT_DIGITS.integer}}(\\.\\d{1,${AMOUNT_DIGITS.fraction}})?$`);

/** Whether a number is an amount the library reads exactly: finite, non-negative, within AMOUNT_DIGITS. */
export function isExactAmount(value: number): boolean {
  if (!(value >= 0 && value < 10 ** AMOUNT_DIGITS.integer)) return false;
  if (Number.isInteger(value)) return true;
  // The shortest text that reads back as the number, as toExact reads it: its places are counted
  // without a Decimal (validation does this for every figure), but below 1e-6 it has an exponent.
  const text = String(value);
  if (text.includes("e")) return new Exact(text).decimalPlaces() <= AMOUNT_DIGITS.fraction;
  const point = text.indexOf(".");
  return point < 0 || text.length - point - 1 <= AMOUNT_DIGITS.fraction;
}

/**
 * Reads an amount (m², yuan, people) given as a number or a plain decimal string, exactly.
 * Numbers are read through their shortest decimal form, so `0.1` is 0.1, not 0.1000000000000000055….
 * Throws a RangeError naming the value when it is not a finite, non-negative decimal.
 *
 * @example toExact("10.1").times(toExact(1.05)).toString() // "10.605"
 */
export function toExact(value: number | string | Exact, name = "value"): Exact {
  if (value instanceof Exact) return value;
  const limits = `at most ${AMOUNT_DIGITS.integer} digits before the point and ${AMOUNT_DIGITS.fraction} after`;
  if (typeof value === "number") {
    if (!isExactAmount(value)) throw new RangeError(`${name}: expected a finite non-negative number with ${limits}, received ${String(value)}`);
    return new Exact(String(value));
  }
  if (typeof value === "string" && DECIMAL_PATTERN.test(value)) return new Exact(value);
  // Only text is echoed: anything else (an object, a BigInt) is named by its type, never serialized.
  const shown = typeof value === "string" ? (value.length > 100 ? `${JSON.stringify(value.slice(0, 100))}… (${value.length} characters)` : JSON.stringify(value)) : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
  throw new RangeError(`${name}: expected a non-negative number or a decimal string such as "1200.5", ${limits}, received ${shown}`);
}

/**
 * A divisor or ratio read exactly, above 0: a RangeError names the parameter otherwise.
 *
 * @example positive(400, "ratio").toString() // "400"
 */
export function positive(value: number | string | Exact, name: string): Exact {
  const exact = toExact(value, name);
  if (exact.lte(0)) throw new RangeError(`${name}: expected a figure above 0, received ${exact.toFixed()}`);
  return exact;
}
