import type { Within } from "../engine/plan";
import type { Subject } from "../schema/subject";
import { readHeader, rowToSubject } from "../flat/rowToSubject";
import { isBlank } from "../flat/readCell";
import type { Column } from "../flat/columns";
import type { Bilingual } from "../types";

/** Where a problem is: the file, the row (sheet or CSV row, JSON array index, from 1), the column or field. */
export interface Problem {
  file: string;
  row: number;
  column: string;
  /** The column's Chinese label, where it has one. */
  label?: string;
  message: Bilingual;
}

/** One item of input: a valid subject (with its own as-of day, for the examples), or its problems. */
export type Item = { subject: Subject; asOf?: string; within?: Within } | { problems: Problem[] };

/** One row of a table: its number in the file (from 1) and its cells. */
export interface TableRow {
  row: number;
  cells: readonly unknown[];
}

export const problem = (file: string, row: number, zh: string, en: string, column = ""): { problems: Problem[] } => ({ problems: [{ file, row, column, message: { zh, en } }] });

// The template's second header row repeats each column's dot-path name under its Chinese label.
function isNamesRow(columns: readonly (Column | undefined)[], cells: readonly unknown[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && cells.every((cell, i) => isBlank(cell) || (typeof cell === "string" && cell.trim() === columns[i]?.name));
}

/**
 * The subjects of a table in the flat format (CSV or a worksheet): the first non-blank row is the
 * header, an optional second row of dot-path names under Chinese labels is skipped, blank rows are
 * skipped, and every other row is a subject or its problems.
 */
export async function* tableItems(file: string, rows: AsyncIterable<TableRow>, onRow: (row: number) => void = () => {}): AsyncGenerator<Item> {
  let header: readonly unknown[] | undefined;
  let columns: readonly (Column | undefined)[] = [];
  let afterHeader = false;
  let dataRows = 0;
  for await (const { row, cells } of rows) {
    onRow(row);
    if (header === undefined) {
      if (cells.every(isBlank)) continue;
      header = cells;
      const read = readHeader(header);
      columns = read.columns;
      // Rows under a header that cannot be read cannot be read either: report the header once.
      if (read.problems.length > 0) return void (yield { problems: read.problems.map((p) => ({ file, row, ...p })) });
      afterHeader = true;
      continue;
    }
    if (afterHeader && isNamesRow(columns, cells)) continue;
    afterHeader = false;
    dataRows += 1;
    const read = rowToSubject(header, cells);
    if (read.kind === "subject") yield { subject: read.subject };
    else if (read.kind === "invalid") yield { problems: read.problems.map((p) => ({ file, row, ...p })) };
  }
  if (header === undefined) yield problem(file, 0, "文件中没有表头行，也没有数据", "the file has no header row and no data");
  else if (dataRows === 0) yield problem(file, 0, "表头下没有数据行", "the file has a header but no rows");
}

