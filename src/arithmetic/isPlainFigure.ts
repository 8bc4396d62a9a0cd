/** The largest figure a document's threshold may hold: money to the fen stays exact in a double up to here. */
export const LARGEST_FIGURE = 1e15;

/**
 * A figure a rule can hold: finite, at most LARGEST_FIGURE either way, and written without an
 * exponent (5e-324 and 1e308 load, then abort decimal arithmetic halfway through a check).
 *
 * @example isPlainFigure(300) // true; isPlainFigure(1e308) // false; isPlainFigure(5e-324) // false
 */
export function isPlainFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= LARGEST_FIGURE && !String(value).includes("e");
}
