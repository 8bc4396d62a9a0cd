// 1 to 15 ASCII digits. A loop, not a regular expression: this runs for every figure of every rule.
function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

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
  return typeof value === "string" && isDigits(value) ? Number(value) : undefined;
}
