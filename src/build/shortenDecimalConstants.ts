/** Digits kept of decimal.js's ln(10) and π: past the 40 the library computes with, as decimal.js needs for ln and trigonometry at that precision. */
export const KEPT_DIGITS = 100;

const CONSTANT = /\b(LN10|PI) = '(\d)\.(\d+)'/g;

/**
 * decimal.js's source with its 1,025-digit ln(10) and π cut to KEPT_DIGITS. They serve only
 * logarithms, powers and trigonometry, which the library never calls (it adds, multiplies, divides,
 * compares and rounds), and cost about 0.8 KB of a sheet build's gzip budget. Only the spreadsheet
 * builds use this; the library keeps decimal.js whole.
 *
 * @example shortenDecimalConstants("LN10 = '2.302585…'") // "LN10 = '2.3025850929…'" (100 digits)
 */
export function shortenDecimalConstants(source: string): string {
  return source.replace(CONSTANT, (_, name: string, whole: string, fraction: string) => `${name} = '${whole}.${fraction.slice(0, KEPT_DIGITS - 1)}'`);
}
