const DIGITS = /^\d{1,15}$/;

/**
 * An amount as a JavaScript number when it is a whole number that adding, comparing and multiplying
 * by small rates keep exact (under 10^15), else undefined: the checks' fast path, which gives the
 * very figures Decimal gives (tests/checks hold both paths equal).
 *
 * @example wholeOf(45) // 45
 * @example wholeOf("120") // 120
 * @example wholeOf("120.5") // undefined
 */
export function wholeOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 && value < 1e15 ? value : undefined;
  return typeof value === "string" && DIGITS.test(value) ? Number(value) : undefined;
}
