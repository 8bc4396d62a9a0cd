import { type Item, type Problem, type TableOptions, type TableRow, tableItems } from "./tableItems";
import { sheetRows } from "./sheetRows";
import { xlsxReadFailure } from "./xlsxReadFailure";
import { readWorkbook } from "./xlsx/readWorkbook";
import type { ByteSource } from "./xlsx/zip";

/** The rows of the worksheet to check (the one named, or the first visible one with a header: sheetRows). */
async function* xlsxRows(file: string, source: ByteSource, sheet: string | undefined, problems: Problem[], notes: Problem[]): AsyncGenerator<TableRow> {
  const names: string[] = [];
  try {
    const sheets = await readWorkbook(source);
    if (sheets.length === 0) throw new Error("no worksheet");
    yield* sheetRows(file, (async function* () {
      for (const s of sheets) yield { name: s.name, hidden: s.hidden, rows: { [Symbol.asyncIterator]: () => s.rows() } };
    })(), sheet, notes, names);
  } catch (error) {
    problems.push({ file, row: 0, column: "", message: xlsxReadFailure(error) });
    return;
  }
  if (sheet !== undefined && !names.includes(sheet)) {
    problems.push({ file, row: 0, column: "", message: { zh: `没有名为「${sheet}」的工作表；有：${names.join("、")}`, en: `no worksheet named "${sheet}"; it has: ${names.join(", ")}` } });
  }
}

/**
 * The subjects of an .xlsx workbook in the flat format, read from its bytes wherever they are (a
 * file on disk, a Blob in the page): the worksheet named, or the first visible one with a header.
 * A workbook that cannot be read, or is past a reading limit, gives its problem, never a crash.
 *
 * @example for await (const item of xlsxItems("社区.xlsx", fileSource)) …
 */
export async function* xlsxItems(file: string, source: ByteSource, sheet?: string, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const rows = xlsxRows(file, source, sheet, problems, notes);
  // Without rows, a missing sheet or an unreadable file is the only thing to report.
  let any = false;
  for await (const item of tableItems(file, (async function* () {
    for await (const row of rows) {
      any = true;
      yield row;
    }
  })(), onRow, options)) {
    if (!any && problems.length > 0) break;
    yield item;
  }
  if (notes.length > 0) yield { notes };
  if (problems.length > 0) yield { problems };
}
