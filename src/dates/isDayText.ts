/**
 * Whether text is a day written YYYY-MM-DD that exists in the Gregorian calendar, years 0000–9999:
 * what zod's `z.iso.date()` accepts, read digit by digit rather than by its regular expression,
 * whose alternations cost a compiled validator most of its time on a community's meeting days.
 * tests/schema/compileValidator.test.ts holds the two equal.
 *
 * @example isDayText("2012-02-29") // true
 * @example isDayText("2100-02-29") // false
 */
export function isDayText(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= last;
}

/** The number the ASCII digits from `start` to `end` write, or -1 if one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
