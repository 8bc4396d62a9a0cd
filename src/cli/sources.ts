import { createReadStream } from "node:fs";
import type * as ExcelJS from "exceljs";
import { excel } from "./excel";
import { interruptible } from "./interruptible";
import { xlsxReadFailure } from "../read/xlsxReadFailure";
import { examples } from "../examples";
import { csvItems as csvItemsOf } from "../read/csvItems";
import { jsonItems as jsonItemsOf, WHOLE_UP_TO } from "../read/jsonItems";
import { type Item, type Problem, type TableOptions, type TableRow, tableItems } from "../read/tableItems";
import { sheetRows } from "../read/sheetRows";
import { xlsxRowCells } from "../read/xlsxCellValue";

export type { Item, Problem, TableRow } from "../read/tableItems";
export { WHOLE_UP_TO } from "../read/jsonItems";

/** The embedded examples, each with the as-of day it was written for. */
export async function* exampleItems(): AsyncGenerator<Item> {
  for (const example of examples) yield { subject: example.subject, asOf: example.asOf };
}

/** The rows of a CSV file of the flat format as subjects, streamed from disk. */
export const csvItems = (file: string, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> => csvItemsOf(file, createReadStream(file), onRow, options);

/** The subjects of a JSON file, streamed from disk (see read/jsonItems). */
export const jsonItems = (file: string, wholeUpTo = WHOLE_UP_TO): AsyncGenerator<Item> => jsonItemsOf(file, createReadStream(file), wholeUpTo);

/** The rows of the worksheet to check of an .xlsx file (the one named, or the first with a header: sheetRows), streamed. */
async function* xlsxRows(file: string, sheet: string | undefined, problems: Problem[], notes: Problem[]): AsyncGenerator<TableRow> {
  const names: string[] = [];
  try {
    // The file's stream is ours so that the zip it is piped into can be heard (interruptible).
    const guard = interruptible();
    const input = createReadStream(file).on("error", guard.fail);
    const pipe = input.pipe.bind(input);
    input.pipe = <T extends NodeJS.WritableStream>(zip: T, options?: { end?: boolean }) => pipe(zip.on("error", guard.fail), options);
    const reader = new (excel().stream.xlsx.WorkbookReader)(input, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
    // Every sheet handed over is read through before the next is asked for (sheetRows does): where a
    // workbook lists its sheets before its shared strings, exceljs parks each sheet in a temporary
    // file, opens it when it hands the sheet over and deletes it when the next is asked for. A sheet
    // left unread could be opened after its file is gone: an ENOENT nobody catches.
    const sheets = (async function* () {
      for await (const worksheet of guard.iterate(reader)) {
        const rows = (async function* () {
          for await (const row of guard.iterate(worksheet)) {
            const values = row.values as ExcelJS.CellValue[];
            yield { row: row.number, cells: xlsxRowCells(values) };
          }
        })();
        yield { name: (worksheet as unknown as { name: string }).name, rows };
      }
    })();
    yield* sheetRows(file, sheets, sheet, notes, names);
  } catch (error) {
    const reason = (error as Error).message;
    problems.push({ file, row: 0, column: "", message: xlsxReadFailure(reason) });
    return;
  }
  if (sheet !== undefined && !names.includes(sheet)) {
    problems.push({ file, row: 0, column: "", message: { zh: `没有名为「${sheet}」的工作表；有：${names.join("、")}`, en: `no worksheet named "${sheet}"; it has: ${names.join(", ")}` } });
  }
}

/** The subjects of an .xlsx workbook in the flat format: the worksheet named, or the first with a header. */
export async function* xlsxItems(file: string, sheet?: string, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const rows = xlsxRows(file, sheet, problems, notes);
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
