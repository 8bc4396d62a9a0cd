import type { CellUnit } from "../flat/columns";
import { readNumber } from "../flat/readNumber";

/** A spreadsheet value: a single cell, or a range as rows of cells. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Range = Cell[][];

/** The text a bad cell becomes inside a range, so one bad cell never breaks the sheet. */
export const cellError = (error: unknown) => `#VALUE! ${error instanceof Error ? error.message : String(error)}`;

export const isRange = (value: unknown): value is Range => Array.isArray(value) && value.every(Array.isArray);
/** A blank cell: what a spreadsheet passes for an empty one. */
export const blank = (cell: unknown) => cell === null || cell === undefined || cell === "";

/**
 * Applies a cell function to single values or to ranges, element by element (single values are
 * used for every cell; ranges must have the same shape). A single bad value throws with its reason;
 * inside a range it becomes `#VALUE! reason`, and blank cells stay blank. A function that answers
 * `width` cells per input cell answers that many for a blank or bad one too, so the cells after
 * it stay in their columns.
 *
 * @example mapCells([[300], [""], [-1]], (a) => Number(a) / 300) // [[1], [""], ["#VALUE! …"]]
 */
export function mapCells(rawArgs: readonly unknown[], fn: (...cells: Cell[]) => Cell | Cell[], width = 1): Cell | Cell[][] {
  // Excel passes a single value to a range parameter as a 1×1 range: it is used for every cell.
  const single = (arg: unknown) => isRange(arg) && arg.length === 1 && arg[0]!.length === 1;
  const args = rawArgs.some((arg) => isRange(arg) && !single(arg)) ? rawArgs.map((arg) => (single(arg) ? (arg as Range)[0]![0] : arg)) : rawArgs;
  const ranges = args.filter(isRange);
  const pad = (first: Cell): Cell[] => [first, ...Array.from({ length: width - 1 }, () => "")];
  if (ranges.length === 0) return (args as Cell[]).some(blank) ? "" : (fn(...(args as Cell[])) as Cell);
  const shape = ranges[0]!;
  if (ranges.some((r) => r.length !== shape.length || r.some((row, i) => row.length !== shape[i]!.length))) {
    throw new Error("各区域的行数和列数应相同");
  }
  // Which arguments are ranges is known once: isRange looks at every row, and asking it per cell
  // made a column of 50,000 rows take 26 s.
  const isRangeArg = args.map(isRange);
  return shape.map((row, i) =>
    row.flatMap((_, j) => {
      const cells = args.map((arg, k) => (isRangeArg[k] ? (arg as Range)[i]![j] : (arg as Cell)));
      if (cells.some(blank)) return pad("");
      try {
        return [fn(...cells)].flat();
      } catch (error) {
        return pad(cellError(error));
      }
    }),
  );
}

/** A spreadsheet number from the library's exact decimal text. */
export const toNumber = (decimal: string): number => Number(decimal);

/**
 * A calculator's argument from a cell, read as offices type figures, as the flat format reads them
 * (`45,000`, `４５０００`, `4.5万`, `120平方米` where the unit is the argument's own); or an error
 * naming the argument by its Chinese name and saying what was wrong, in Chinese.
 *
 * @example amountOf("4.5万", "建筑面积", "m2") // "45000"; amountOf(-5, "建筑面积") throws "建筑面积: 应为不小于 0 的数，收到 -5"
 */
export function amountOf(cell: Cell, label: string, unit?: CellUnit): number | string {
  const read = readNumber(cell, unit, false);
  if ("error" in read) throw new Error(`${label}: ${read.error.zh}`);
  return read.value;
}
