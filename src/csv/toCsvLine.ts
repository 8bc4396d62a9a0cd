const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell, quoted only where needed (a comma, a quote or a line break in the value); null and
 * undefined are empty.
 *
 * @example toCsvCell('说"是"') // '"说""是"""'
 */
export function toCsvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // A number's text never holds a comma, a quote or a line break.
  return typeof value !== "number" && NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV line, each cell as `toCsvCell` writes it. A loop rather than map and join: the command
 * line writes a line per finding, millions of them.
 *
 * @example toCsvLine(["c1", '说"是"', 3]) // 'c1,"说""是""",3'
 */
export function toCsvLine(values: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i > 0 ? "," : "") + toCsvCell(values[i]);
  return line;
}
