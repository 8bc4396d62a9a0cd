import { isRange } from "./cells";

/**
 * A function argument as the sheet functions read it. WPS passes a Range object to a JS macro;
 * its `Value2` is the cell's value, or rows of values (dates as serial numbers). A plain list of
 * values is read as one row.
 *
 * @example fromRange({ Value2: [[45000], [30000]] }) // [[45000], [30000]]
 */
export function fromRange(arg: unknown): unknown {
  const value = arg !== null && typeof arg === "object" && !Array.isArray(arg) && !(arg instanceof Date) && "Value2" in arg ? (arg as { Value2: unknown }).Value2 : arg;
  return Array.isArray(value) && !isRange(value) ? [value] : value;
}
