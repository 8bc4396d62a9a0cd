const LIMIT = 100;

/**
 * A cell's value as a problem message echoes it: quoted text, cut to about 100 characters so a
 * 10 MB cell never floods the terminal, with control characters escaped.
 *
 * @example shownValue("abc") // "\"abc\""
 */
export function shownValue(cell: unknown): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString();
  if (typeof cell !== "string") return String(cell);
  const cut = cell.length > LIMIT ? `${cell.slice(0, LIMIT)}…` : cell;
  return `${JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}${cell.length > LIMIT ? `（共 ${cell.length} 字符 / ${cell.length} characters）` : ""}`;
}
