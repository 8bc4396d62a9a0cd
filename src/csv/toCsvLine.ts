const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV line, quoting only where needed (a comma, a quote or a line break in the value).
 * A loop rather than map and join: the command line writes a line per finding, millions of them.
 *
 * @example toCsvLine(["c1", '说"是"', 3]) // 'c1,"说""是""",3'
 */
export function toCsvLine(values: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += ",";
    if (value === null || value === undefined) continue;
    const text = String(value);
    // A number's text never holds a comma, a quote or a line break.
    line += typeof value !== "number" && NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  return line;
}
