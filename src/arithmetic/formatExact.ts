import type { Exact } from "./exact";

/**
 * An exact measured value as plain decimal text, without exponent or trailing zeros.
 *
 * @example formatExact(new Exact("200.50")) // "200.5"
 */
export function formatExact(value: Exact): string {
  return value.toFixed();
}
