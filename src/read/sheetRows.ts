import { isHeaderRow } from "../flat/rowToSubject";
import { isBlank } from "../flat/readCell";
import { HEADER_SEARCH_ROWS, type Problem, type TableRow } from "./tableItems";

/** A worksheet as a reader hands it over: its tab name, whether it is hidden, and its rows, read once, in order. */
export interface Sheet {
  name: string;
  hidden?: boolean;
  /** Read only if this sheet is the one used: a sheet passed over is never inflated. */
  rows: AsyncIterable<TableRow>;
}

/**
 * The rows of the worksheet to check: the one asked for by name (hidden or not), or else the first
 * visible one whose first HEADER_SEARCH_ROWS non-blank rows hold a header. A cover sheet or a sheet
 * of notes before the data, and a hidden sheet, are skipped with a note naming them and the sheet
 * used: the sheet checked is the one a clerk sees first. Where no sheet has a header, the first
 * visible sheet's first rows are given, for the table reader to say so.
 *
 * @example for await (const row of sheetRows("社区.xlsx", sheets, undefined, notes, names)) …
 */
export async function* sheetRows(file: string, sheets: AsyncIterable<Sheet>, asked: string | undefined, notes: Problem[], names: string[]): AsyncGenerator<TableRow> {
  const skipped: string[] = [];
  const hidden: string[] = [];
  let firstRows: TableRow[] | undefined;
  for await (const sheet of sheets) {
    names.push(sheet.name);
    if (asked !== undefined) {
      if (sheet.name !== asked) continue;
      yield* sheet.rows;
      return;
    }
    if (sheet.hidden) {
      hidden.push(sheet.name);
      continue;
    }
    const rows = sheet.rows[Symbol.asyncIterator]();
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
      if (skipped.length > 0 || hidden.length > 0) {
        const list = (names: string[]) => names.map((n) => `「${n}」`).join("、");
        const listEn = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
        const zh = [skipped.length > 0 && `跳过了没有表头的工作表${list(skipped)}`, hidden.length > 0 && `跳过了隐藏的工作表${list(hidden)}（要检查它，请用 --sheet 指定）`].filter(Boolean).join("；");
        const en = [skipped.length > 0 && `skipped ${listEn(skipped)}, which ha${skipped.length === 1 ? "s" : "ve"} no header`, hidden.length > 0 && `skipped the hidden ${listEn(hidden)} (name it with --sheet to check it)`].filter(Boolean).join("; ");
        notes.push({ file, row: 0, column: "", message: { zh: `读取工作表「${sheet.name}」；${zh}`, en: `read the worksheet "${sheet.name}"; ${en}` } });
      }
      yield* buffered;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
      return;
    }
    await rows.return?.();
    skipped.push(sheet.name);
    firstRows ??= buffered;
  }
  if (firstRows !== undefined) yield* firstRows;
}
