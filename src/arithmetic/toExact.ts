import { Exact } from "./exact";

/** A non-negative decimal written in plain notation: "1200", "0.5", "1200.50". */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/**
 * Reads an amount (m², yuan, people) given as a number or a plain decimal string, exactly.
 * Numbers are read through their shortest decimal form, so `0.1` is 0.1, not 0.1000000000000000055….
 * Throws a RangeError naming the value when it is not a finite, non-negative decimal.
 *
 * @example toExact("10.1").times(toExact(1.05)).toString() // "10.605"
 */
export function toExact(value: number | string | Exact, name = "value"): Exact {
  if (value instanceof Exact) return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`${name}: expected a finite non-negative number, received ${String(value)}`);
    }
    return new Exact(String(value));
  }
  if (typeof value === "string" && DECIMAL_PATTERN.test(value)) return new Exact(value);
  throw new RangeError(
    `${name}: expected a non-negative number or a decimal string such as "1200.5", received ${JSON.stringify(value)}`,
  );
}
