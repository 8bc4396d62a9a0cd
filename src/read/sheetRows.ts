import { isHeaderRow } from "../flat/rowToSubject";
import { isBlank } from "../flat/readCell";
import { HEADER_SEARCH_ROWS, type Problem, type TableRow } from "./tableItems";

/** A worksheet as a reader hands it over: its tab name and its rows, read once, in order. */
export interface Sheet {
  name: string;
  rows: AsyncIterable<TableRow>;
}

async function drain(rows: AsyncIterator<TableRow>): Promise<void> {
  for (let next = await rows.next(); !next.done; next = await rows.next());
}

/**
 * The rows of the worksheet to check: the one asked for by name, or else the first whose first
 * HEADER_SEARCH_ROWS non-blank rows hold a header (a cover sheet or a sheet of notes before the
 * data is skipped, with a note naming it and the sheet used). Every sheet before the one used is
 * read through, as a streaming reader needs; the sheets after it are not opened. Where no sheet
 * has a header, the first sheet's first rows are given, for the table reader to say so.
 *
 * @example for await (const row of sheetRows("社区.xlsx", sheets, undefined, notes, names)) …
 */
export async function* sheetRows(file: string, sheets: AsyncIterable<Sheet>, asked: string | undefined, notes: Problem[], names: string[]): AsyncGenerator<TableRow> {
  const skipped: string[] = [];
  let firstRows: TableRow[] | undefined;
  for await (const sheet of sheets) {
    names.push(sheet.name);
    const rows = sheet.rows[Symbol.asyncIterator]();
    if (asked !== undefined) {
      if (sheet.name !== asked) {
        await drain(rows);
        continue;
      }
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
      return;
    }
    const buffered: TableRow[] = [];
    let found = false;
    let filled = 0;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      buffered.push(next.value);
      if (isHeaderRow(next.value.cells)) {
        found = true;
        break;
      }
      if (!next.value.cells.every(isBlank) && ++filled >= HEADER_SEARCH_ROWS) break;
    }
    if (found) {
      if (skipped.length > 0) {
        const list = skipped.map((n) => `「${n}」`).join("、");
        notes.push({ file, row: 0, column: "", message: { zh: `读取工作表「${sheet.name}」；跳过了没有表头的工作表${list}`, en: `read the worksheet "${sheet.name}"; skipped ${skipped.map((n) => `"${n}"`).join(", ")}, which ha${skipped.length === 1 ? "s" : "ve"} no header` } });
      }
      yield* buffered;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
      return;
    }
    await drain(rows);
    skipped.push(sheet.name);
    firstRows ??= buffered;
  }
  if (firstRows !== undefined) yield* firstRows;
}
