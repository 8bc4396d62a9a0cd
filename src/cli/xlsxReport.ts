import type { EventEmitter } from "node:events";
import type * as ExcelJS from "exceljs";
import { createWriteStream } from "node:fs";
import { excel } from "./excel";
import { firstEvent } from "./firstEvent";
import { OutputError } from "./outputError";
import type { Lang } from "../report/words";
import { type ReportTitle, type RowsAsXml, XlsxReport as ReportSheets } from "../report/xlsxReport";
import type { LocalDocument } from "../engine/localDocument";
import type { FileProblem, Report } from "../types";

export { ROWS_PER_SHEET, STATUS_FILL, figuresText } from "../report/xlsxReport";

/**
 * How exceljs's streaming writer takes 明细's rows as XML (XlsxReportOptions.rowsAsXml): its
 * styles' ids, and its worksheet writer's own `_write`, which puts text into the sheet's part of
 * the zip. Both are exceljs's internals (4.4): tests/cli/xlsxRows.test.ts holds the workbook byte
 * for byte to the one written through exceljs's rows, so an exceljs that changes them is caught.
 *
 * @example new ReportSheets(workbook, "zh", { rowsAsXml: rowsAsXmlOf(workbook) })
 */
export function rowsAsXmlOf(workbook: ExcelJS.stream.xlsx.WorkbookWriter): RowsAsXml {
  const styles = (workbook as unknown as { styles: { addStyleModel(style: unknown, cellType: number): number } }).styles;
  return {
    styleId: (style, cellType) => styles.addStyleModel(style, cellType),
    write: (sheet, xml) => (sheet as unknown as { _write(text: string): void })._write(xml),
  };
}

/** A string with its own characters, not a slice of the XML it was read from (XlsxReportOptions.ownCopy). */
const ownCopy = (text: string): string => Buffer.from(text, "utf8").toString("utf8");

/**
 * The .xlsx report written to a file as findings arrive, through exceljs's streaming writer: the
 * sheets are report/xlsxReport's; this owns the file, waits for the zip, and says why a file could
 * not be written (a full disk) instead of ending without a word.
 */
export class XlsxReport {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheets: ReportSheets;
  /** The file's stream: a wait for the zip also ends when it closes (after a failure). */
  private readonly file: ReturnType<typeof createWriteStream>;
  /** Why the file cannot be written, once its stream said so; thrown after every wait. */
  private failure: OutputError | undefined;
  /** Rejects with that failure: raced, once, against the end of the workbook. */
  private readonly failed: Promise<never>;

  constructor(file: string, lang: Lang, rowsPerSheet?: number, title?: ReportTitle, local?: readonly LocalDocument[]) {
    // The file's stream is ours, so that a write that fails (a full disk) is heard: given a file
    // name, exceljs leaves the error unheard, its zip stops, and the check would wait for a drain
    // that never comes and end without a word.
    const stream = createWriteStream(file);
    this.file = stream;
    this.failed = new Promise<never>((_, fail) =>
      stream.on("error", (error: NodeJS.ErrnoException) => {
        this.failure ??= new OutputError(error.message, error.code);
        fail(this.failure);
      }),
    );
    this.failed.catch(() => undefined);
    this.workbook = new (excel().stream.xlsx.WorkbookWriter)({ stream, useStyles: true, useSharedStrings: false });
    this.sheets = new ReportSheets(this.workbook as unknown as ExcelJS.Workbook, lang, { ...(rowsPerSheet !== undefined && { rowsPerSheet }), ...(title && { title }), ...(local && { local }), ownCopy, rowsAsXml: rowsAsXmlOf(this.workbook), drain: (detail) => this.drain(detail) });
  }

  /** Adds a report's findings and subjects (and its row's problems); await it (it waits for the zip and the disk). */
  add(report: Report, flaws?: readonly FileProblem[]): Promise<void> {
    return this.sheets.add(report, flaws);
  }

  /** Adds problems of rows that gave no subject to 问题. */
  addProblems(problems: readonly FileProblem[]): void {
    this.sheets.addProblems(problems);
  }

  // exceljs writes a sheet's XML into the zip's compression stream ignoring its return value, so
  // nothing slows the findings down and the backlog grows (1.1 M findings held 1.5 GB). This waits
  // for that stream (exceljs's semi-internal `worksheet.stream.pipes`) whenever it asks to, and
  // yields to the event loop once in any case, which alone keeps a steady producer near 140 MB.
  private async drain(detail: ExcelJS.Worksheet): Promise<void> {
    // The pipe is archiver's readable-stream PassThrough, which keeps Node 10's writable state.
    const pipes = (detail as unknown as { stream?: { pipes?: (EventEmitter & { _writableState?: { needDrain?: boolean } })[] } }).stream?.pipes ?? [];
    for (const pipe of pipes) {
      if (pipe._writableState?.needDrain && !this.file.destroyed) {
        await firstEvent([
          [pipe, "drain"],
          [pipe, "close"],
          [this.file, "close"],
        ]);
      }
      this.throwFailure();
    }
    await new Promise((resolve) => setImmediate(resolve));
    this.throwFailure();
  }

  private throwFailure(): void {
    // A failed write destroys the file's stream at once but says 'error' only after the file is
    // closed: `errored` knows the cause in between.
    const errored = this.file.errored as NodeJS.ErrnoException | null;
    if (errored) this.failure ??= new OutputError(errored.message, errored.code);
    if (this.failure) throw this.failure;
  }

  /** Writes 汇总 and 依据 and closes the file; rejects with an OutputError when the file cannot be written. */
  finish(): Promise<void> {
    return Promise.race([this.sheets.finish().then(() => this.workbook.commit()), this.failed]);
  }
}
