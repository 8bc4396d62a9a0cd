import { createReadStream } from "node:fs";
import type * as ExcelJS from "exceljs";
import { excel } from "./excel";
import { interruptible } from "./interruptible";
import { xlsxReadFailure } from "../read/xlsxReadFailure";
import { examples } from "../examples";
import { csvItems as csvItemsOf } from "../read/csvItems";
import { jsonItems as jsonItemsOf, WHOLE_UP_TO } from "../read/jsonItems";
import { type Item, type Problem, type TableRow, tableItems } from "../read/tableItems";
import { xlsxCellValue } from "../read/xlsxCellValue";

export type { Item, Problem, TableRow } from "../read/tableItems";
export { WHOLE_UP_TO } from "../read/jsonItems";

/** The embedded examples, each with the as-of day it was written for. */
export async function* exampleItems(): AsyncGenerator<Item> {
  for (const example of examples) yield { subject: example.subject, asOf: example.asOf };
}

/** The rows of a CSV file of the flat format as subjects, streamed from disk. */
export const csvItems = (file: string, onRow?: (row: number) => void): AsyncGenerator<Item> => csvItemsOf(file, createReadStream(file), onRow);

/** The subjects of a JSON file, streamed from disk (see read/jsonItems). */
export const jsonItems = (file: string, wholeUpTo = WHOLE_UP_TO): AsyncGenerator<Item> => jsonItemsOf(file, createReadStream(file), wholeUpTo);

/** The rows of one worksheet of an .xlsx file (the first, or the one named), streamed. */
async function* xlsxRows(file: string, sheet: string | undefined, problems: Problem[]): AsyncGenerator<TableRow> {
  const names: string[] = [];
  try {
    // The file's stream is ours so that the zip it is piped into can be heard (interruptible).
    const guard = interruptible();
    const input = createReadStream(file).on("error", guard.fail);
    const pipe = input.pipe.bind(input);
    input.pipe = <T extends NodeJS.WritableStream>(zip: T, options?: { end?: boolean }) => pipe(zip.on("error", guard.fail), options);
    const reader = new (excel().stream.xlsx.WorkbookReader)(input, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
    for await (const worksheet of guard.iterate(reader)) {
      const name = (worksheet as unknown as { name: string }).name;
      names.push(name);
      if (sheet !== undefined && name !== sheet) {
        // Read through, not skipped: where a workbook lists its sheets before its shared strings,
        // exceljs parks each sheet in a temporary file, opens it when it hands the sheet over and
        // deletes it when the next is asked for. A sheet left unread could be opened after its file
        // is gone: an ENOENT nobody catches, which ends the process.
        for await (const _ of guard.iterate(worksheet));
        continue;
      }
      for await (const row of guard.iterate(worksheet)) {
        const values = row.values as ExcelJS.CellValue[];
        yield { row: row.number, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => xlsxCellValue(values[i + 1])) };
      }
      // The sheet asked for (or the first) is read: the sheets after it are not opened at all.
      break;
    }
  } catch (error) {
    const reason = (error as Error).message;
    problems.push({ file, row: 0, column: "", message: xlsxReadFailure(reason) });
    return;
  }
  if (sheet !== undefined && !names.includes(sheet)) {
    problems.push({ file, row: 0, column: "", message: { zh: `没有名为「${sheet}」的工作表；有：${names.join("、")}`, en: `no worksheet named "${sheet}"; it has: ${names.join(", ")}` } });
  }
}

/** The subjects of an .xlsx workbook in the flat format: the first worksheet, or `sheet`. */
export async function* xlsxItems(file: string, sheet?: string, onRow?: (row: number) => void): AsyncGenerator<Item> {
  const problems: Problem[] = [];
  const rows = xlsxRows(file, sheet, problems);
  // Without rows, a missing sheet or an unreadable file is the only thing to report.
  let any = false;
  for await (const item of tableItems(file, (async function* () {
    for await (const row of rows) {
      any = true;
      yield row;
    }
  })(), onRow)) {
    if (!any && problems.length > 0) break;
    yield item;
  }
  if (problems.length > 0) yield { problems };
}

