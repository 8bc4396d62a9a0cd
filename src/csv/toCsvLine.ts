/**
 * One CSV line, quoting only where needed (a comma, a quote or a line break in the value).
 *
 * @example toCsvLine(["c1", '说"是"', 3]) // 'c1,"说""是""",3'
 */
export function toCsvLine(values: readonly unknown[]): string {
  return values
    .map((value) => {
      const text = value === null || value === undefined ? "" : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}
