import type { Within } from "../engine/plan";
import type { Subject } from "../schema/subject";
import { type UnknownColumns, isHeaderRow, readHeader, rowToSubject } from "../flat/rowToSubject";
import { isBlank } from "../flat/readCell";
import type { Column } from "../flat/columns";
import type { FileProblem } from "../types";

/** Where a problem is: the file, the row (sheet or CSV row, JSON array index, from 1), the column or field. */
export type Problem = FileProblem;

/**
 * One item of input: a subject (with its own as-of day, for the examples), problems, or notes:
 * what the reader did that the user should know (title rows skipped, columns ignored, a totals row
 * left out), which are not input problems. A subject read from a row with bad cells carries their
 * problems as `flaws`: it is checked as far as it could be read, and the problems are reported.
 */
export type Item = { subject: Subject; asOf?: string; within?: Within; flaws?: Problem[] } | { problems: Problem[] } | { notes: Problem[] } | Skipped;

/** A data row left unread (`TableOptions.skip`): another thread reads it. */
export interface Skipped {
  skipped: number;
}

/** How to read a table: unknown columns ignored with a note (the default) or refused. */
export interface TableOptions {
  unknownColumns?: UnknownColumns;
  /**
   * Asked before each data row is read into a subject: `true` leaves it unread, and its item is
   * `{ skipped: row }`. Two threads sharing a check each read the rows of their own batches, and
   * every data row is one item either way, so both count items alike.
   */
  skip?: () => boolean;
}

/** How many ignored columns a note names; the rest are counted. */
const NAMED_COLUMNS = 30;

/** How far down a table its header is looked for, below titles and merged cells. */
export const HEADER_SEARCH_ROWS = 30;

// A row that sums the others (合计, 总计, 小计), by its 编号 or 名称: not a subject.
const TOTALS = /^(合\s*计|总\s*计|小\s*计|总\s*数)[:：]?$/;

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

const note = (file: string, row: number, zh: string, en: string): { notes: Problem[] } => ({ notes: [{ file, row, column: "", message: { zh, en } }] });

/**
 * The subjects of a table in the flat format (CSV or a worksheet). The header is the first row
 * that names known columns (isHeaderRow), within the first HEADER_SEARCH_ROWS rows: titles and
 * merged cells above it are skipped with a note; where no row does, the first non-blank row is
 * taken and its columns reported. An optional second row of dot-path names under Chinese labels
 * is skipped, blank rows are skipped, a totals row (合计, 总计, 小计 as its 编号 or 名称) is left out
 * with a note, and every other row is a subject or its problems. Unknown columns are ignored with
 * one note naming them, or refused (`unknownColumns: "refuse"`).
 */
export async function* tableItems(file: string, rows: AsyncIterable<TableRow>, onRow: (row: number) => void = () => {}, options: TableOptions = {}): AsyncGenerator<Item> {
  const unknownColumns = options.unknownColumns ?? "ignore";
  let header: readonly unknown[] | undefined;
  let columns: readonly (Column | undefined)[] = [];
  let headerFailed = false;
  let afterHeader = false;
  let dataRows = 0;
  const totals: number[] = [];
  // Non-blank rows above the header, kept until it is found (at most HEADER_SEARCH_ROWS of them).
  let above: TableRow[] = [];

  function* takeHeader(headerRow: TableRow, titles: readonly number[]): Generator<Item> {
    header = headerRow.cells;
    const read = readHeader(header, unknownColumns);
    columns = read.columns;
    afterHeader = true;
    if (titles.length > 0) yield note(file, headerRow.row, `表头在第 ${headerRow.row} 行；跳过了表头上方的第 ${titles.join("、")} 行（标题等）`, `the header is row ${headerRow.row}; row(s) ${titles.join(", ")} above it (titles) were skipped`);
    if (read.ignored.length > 0) {
      // A note a person reads: the first columns by name, and how many more.
      const shown = read.ignored.slice(0, NAMED_COLUMNS);
      const more = read.ignored.length - shown.length;
      const zh = shown.map((c) => (c.near ? `${c.name}（是否应为「${c.near}」？）` : c.name)).join("、") + (more > 0 ? `等（另有 ${more} 列未列出）` : "");
      const en = shown.map((c) => (c.near ? `${c.name} (did you mean "${c.near}"?)` : c.name)).join(", ") + (more > 0 ? ` and ${more} more` : "");
      yield note(file, headerRow.row, `忽略了 ${read.ignored.length} 个不认识的列：${zh}`, `ignored ${read.ignored.length} column(s) the library does not know: ${en}`);
    }
    if (read.problems.length === 0 && columns.every((c) => c === undefined)) {
      headerFailed = true;
      return void (yield problem(file, headerRow.row, `找不到表头：前 ${HEADER_SEARCH_ROWS} 行中没有一行含填报模板的列名（如 编号、名称、人口）。请把模板的中文列名写在表头行`, `no header found: none of the first ${HEADER_SEARCH_ROWS} rows names the template's columns (such as 编号, 名称, 人口); put the template's headers in the header row`));
    }
    // Rows under a header that cannot be read cannot be read either: report the header once.
    if (read.problems.length > 0) {
      headerFailed = true;
      yield { problems: read.problems.map((p) => ({ file, row: headerRow.row, ...p })) };
    }
  }

  function* dataRow({ row, cells }: TableRow): Generator<Item> {
    if (headerFailed) return;
    if (afterHeader && isNamesRow(columns, cells)) return;
    afterHeader = false;
    if (columns.some((c, i) => (c?.name === "id" || c?.name === "name") && TOTALS.test(String(cells[i] ?? "").trim()))) return void totals.push(row);
    dataRows += 1;
    // A blank row is no item (rowToSubject): it is left out before a thread is asked.
    if (options.skip !== undefined && !cells.every(isBlank) && options.skip()) return void (yield { skipped: row });
    const read = rowToSubject(header!, cells, unknownColumns);
    if (read.kind === "subject") yield { subject: read.subject };
    else if (read.kind === "invalid") {
      const problems = read.problems.map((p) => ({ file, row, ...p }));
      yield read.subject ? { subject: read.subject, flaws: problems } : { problems };
    }
  }

  // No row among the first ones names a known column: the first is the header, and its columns are said.
  function* firstAsHeader(): Generator<Item> {
    const [first, ...rest] = above;
    above = [];
    yield* takeHeader(first!, []);
    for (const r of rest) yield* dataRow(r);
  }

  for await (const current of rows) {
    onRow(current.row);
    if (header !== undefined) {
      yield* dataRow(current);
    } else if (isHeaderRow(current.cells)) {
      const titles = above.map((r) => r.row);
      above = [];
      yield* takeHeader(current, titles);
    } else if (!current.cells.every(isBlank)) {
      above.push(current);
      if (above.length >= HEADER_SEARCH_ROWS) yield* firstAsHeader();
    }
  }
  if (header === undefined && above.length > 0) yield* firstAsHeader();
  if (totals.length > 0) yield note(file, totals[0]!, `第 ${totals.join("、")} 行是合计行，未作为主体核查`, `row(s) ${totals.join(", ")} are totals, not checked as subjects`);
  if (headerFailed) return;
  if (header === undefined) yield problem(file, 0, "文件中没有表头行，也没有数据", "the file has no header row and no data");
  else if (dataRows === 0) yield problem(file, 0, "表头下没有数据行", "the file has a header but no rows");
}

