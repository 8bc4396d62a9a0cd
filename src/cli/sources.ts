import { createReadStream } from "node:fs";
import type * as ExcelJS from "exceljs";
import { excel } from "./excel";
import { interruptible } from "./interruptible";
import { xlsxReadFailure } from "./xlsxReadFailure";
import { CsvSyntaxError, MAX_FIELD_LENGTH, createCsvParser } from "../csv/createCsvParser";
import { createTextDecoder } from "../csv/createTextDecoder";
import { jsonSyntaxReason } from "../json/jsonSyntaxReason";
import { CHILDREN, JsonShapeError, type SubjectPiece, createSubjectTreeSplitter } from "../json/createSubjectTreeSplitter";
import type { Within } from "../engine/plan";
import type { Subject } from "../schema/subject";
import { PILOT_INSIDE_PILOT } from "../schema/impossibleCombinations";
import { MAX_LIST_LENGTH, validateSubject } from "../schema/validateSubject";
import { examples } from "../examples";
import { ENUM_LABELS } from "../labels/enumLabels";
import { kindNamed } from "../labels/kindNamed";
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

const problem = (file: string, row: number, zh: string, en: string, column = ""): { problems: Problem[] } => ({ problems: [{ file, row, column, message: { zh, en } }] });

/** The embedded examples, each with the as-of day it was written for. */
export async function* exampleItems(): AsyncGenerator<Item> {
  for (const example of examples) yield { subject: example.subject, asOf: example.asOf };
}

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

/**
 * The rows of a CSV file, streamed: a 100,000-row file is read, parsed and checked a chunk at a
 * time. UTF-8 with or without BOM, or GBK/GB18030.
 */
async function* csvRows(file: string, problems: Problem[]): AsyncGenerator<TableRow> {
  const parser = createCsvParser();
  let decoder: ReturnType<typeof createTextDecoder> | undefined;
  let row = 0;
  function* take(records: string[][]): Generator<TableRow> {
    for (const cells of records) yield { row: ++row, cells };
  }
  try {
    for await (const chunk of createReadStream(file)) {
      decoder ??= createTextDecoder(chunk as Buffer);
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer);
      } catch {
        problems.push({ file, row: row + 1, column: "", message: { zh: `不是有效的 ${decoder.encoding} 文本（文件中混有其他编码？）`, en: `not valid ${decoder.encoding} text (mixed encodings?)` } });
        return;
      }
      yield* take(parser.push(text));
    }
    yield* take(parser.push(decoder?.end() ?? ""));
    yield* take(parser.end());
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // The rows before the broken field were read and checked; nothing after it can be trusted.
    const message =
      error.reason === "unclosed-quote"
        ? { zh: "此行的引号没有闭合，其后各行都被并入了这一格，无法读取（请检查多余的英文双引号）", en: "a quote opened in this row is never closed, so every later row ran into this cell and cannot be read (check for a stray double quote)" }
        : { zh: `此行有一格超过 ${MAX_FIELD_LENGTH} 个字符（多半是引号没有闭合，或文件没有换行），其后无法读取`, en: `a cell in this row is longer than ${MAX_FIELD_LENGTH} characters (most likely an unclosed quote, or no line ends), so nothing after it can be read` };
    problems.push({ file, row: error.row, column: "", message });
  }
}

/** The rows of a CSV file of the flat format as subjects. */
export async function* csvItems(file: string, onRow?: (row: number) => void): AsyncGenerator<Item> {
  const problems: Problem[] = [];
  yield* tableItems(file, csvRows(file, problems), onRow);
  if (problems.length > 0) yield { problems };
}

/** A cell of a worksheet as the flat format reads it: formulas give their cached value, dates their calendar day. */
export function xlsxCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  // exceljs reads a date cell as midnight UTC of its day, whatever the machine's time zone.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : value.toISOString().slice(0, 10);
  if (typeof value !== "object") return value;
  if ("result" in value) return xlsxCellValue(value.result as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return undefined; // a formula never calculated: no value
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : xlsxCellValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return String(value);
}

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

const CHILD_LISTS = Object.keys(CHILDREN);

/** Whether a subject's text holds a list of children longer than the schema takes whole. */
function hasLongChildren(text: string): boolean {
  if (text.length < 16 * MAX_LIST_LENGTH) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const long = (node: unknown): boolean =>
    node !== null && typeof node === "object" && CHILD_LISTS.some((key) => {
      const list = (node as Record<string, unknown>)[key];
      return Array.isArray(list) && (list.length > MAX_LIST_LENGTH || list.some(long));
    });
  return long(value);
}

/** A subject of a JSON file up to this size is read whole (one report, parents first); a larger one is streamed subject by subject. */
export const WHOLE_UP_TO = 4 * 1024 * 1024;

/**
 * The subjects of a JSON file, streamed: one subject or an array of them, and the districts,
 * streets and communities nested in them, each read on its own (createSubjectTreeSplitter), so a
 * 200 MB array or a street of 100,000 communities never sits in memory whole. A subject up to
 * WHOLE_UP_TO characters is read whole, as one report; in a larger one, each nested subject is
 * reported on its own, before the one it lies in. UTF-8 (with or without a BOM), GBK or UTF-16.
 */
export async function* jsonItems(file: string, wholeUpTo = WHOLE_UP_TO): AsyncGenerator<Item> {
  const splitter = createSubjectTreeSplitter({ wholeUpTo });
  let decoder: ReturnType<typeof createTextDecoder> | undefined;
  let element = 0;
  let any = false;
  function* take(pieces: SubjectPiece[], resplit = true): Generator<Item> {
    for (const piece of pieces) {
      // A subject read whole whose list of districts, streets or communities is past the schema's
      // limit is read again, subject by subject (it is within WHOLE_UP_TO, so this is cheap).
      if (resplit && piece.at === "" && hasLongChildren(piece.text)) {
        const again = createSubjectTreeSplitter();
        yield* take([...again.push(piece.text), ...again.end()], false);
        continue;
      }
      element += 1;
      any = true;
      const column = (path: string) => [piece.at, path].filter((p) => p !== "").join(path.startsWith("[") ? "" : ".");
      let input: unknown;
      try {
        input = JSON.parse(piece.text);
      } catch (error) {
        const reason = jsonSyntaxReason(error);
        yield problem(file, element, `不是有效的 JSON：${reason.zh}`, `not valid JSON: ${reason.en}`, piece.at);
        continue;
      }
      const valid = validateSubject(input);
      if (!("subject" in valid)) {
        yield { problems: valid.problems.map((p) => ({ file, row: element, column: column(p.path), message: p.message })) };
        continue;
      }
      const { subject } = valid;
      const placed: Problem[] = [];
      if (piece.expectedKind !== undefined && subject.kind !== piece.expectedKind) placed.push({ file, row: element, column: column("kind"), message: { zh: `此处应为${ENUM_LABELS.kind[piece.expectedKind].zh}，收到${kindNamed(subject.kind)}`, en: `a ${piece.expectedKind} belongs here, received a ${subject.kind}` } });
      if (piece.inherited.pilot === true && subject.pilot === false) placed.push({ file, row: element, column: column("pilot"), message: PILOT_INSIDE_PILOT });
      yield placed.length > 0 ? { problems: placed } : { subject, ...(piece.at !== "" && { within: { parentPath: piece.parentPath, inherited: piece.inherited } }) };
    }
  }
  try {
    for await (const chunk of createReadStream(file)) {
      decoder ??= createTextDecoder(chunk as Buffer);
      yield* take(splitter.push(decoder.decode(chunk as Buffer)));
    }
    yield* take(splitter.push(decoder?.end() ?? ""));
    yield* take(splitter.end());
  } catch (error) {
    if (error instanceof JsonShapeError) yield problem(file, error.element, `不是有效的 JSON：${error.reason.zh}`, `not valid JSON: ${error.reason.en}`);
    else if (error instanceof TypeError && decoder) yield problem(file, element + 1, `不是有效的 ${decoder.encoding} 文本`, `not valid ${decoder.encoding} text`);
    else throw error;
    return;
  }
  if (!any) yield problem(file, 0, "文件中没有数据", "the file holds no subjects");
}
