import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { excel } from "../../src/cli/excel";
import { rowsAsXmlOf } from "../../src/cli/xlsxReport";
import { evaluate } from "../../src/index";
import { StreamedWorkbook } from "../../src/report/streamedWorkbook";
import { type ReportWorkbook, XlsxReport } from "../../src/report/xlsxReport";
import type { FileProblem, Report } from "../../src/types";
import { asOfArb, subjectArb } from "../engine/subjects";

const dir = mkdtempSync(join(tmpdir(), "community-standards-streamed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
const title = { file: "表<1>&'.xlsx", asOf: "2013-01-01", documents: ["longgang-2005"] };

/** The report written the command line's way: exceljs's streaming writer, rows as XML. */
async function byExceljs(reports: readonly [Report, FileProblem[]][], lang: "zh" | "en", rowsPerSheet: number): Promise<string> {
  const file = join(dir, `exceljs-${written++}.xlsx`);
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ filename: file, useStyles: true, useSharedStrings: false });
  const sheets = new XlsxReport(workbook as never, lang, { rowsPerSheet, title, rowsAsXml: rowsAsXmlOf(workbook) });
  for (const [report, flaws] of reports) await sheets.add(report, flaws);
  await sheets.finish();
  await workbook.commit();
  return file;
}

/** The report written the page's way: StreamedWorkbook. */
async function streamed(reports: readonly [Report, FileProblem[]][], lang: "zh" | "en", rowsPerSheet: number, level: 1 | 6 = 6): Promise<string> {
  const file = join(dir, `streamed-${written++}.xlsx`);
  const book = new StreamedWorkbook(level);
  const sheets = new XlsxReport(book as unknown as ReportWorkbook, lang, { rowsPerSheet, title, rowsAsXml: book.rowsAsXml });
  for (const [report, flaws] of reports) await sheets.add(report, flaws);
  await sheets.finish();
  writeFileSync(file, Buffer.from(await book.finish().arrayBuffer()));
  return file;
}

/**
 * What a person sees and prints of a workbook, as exceljs reads it: tabs in order, each sheet's
 * columns' widths, frozen rows, filter, page setup, header and footer, print titles, and every
 * row's height and every cell's value, format, fill, font and alignment.
 */
async function seen(file: string): Promise<unknown> {
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet: ExcelJS.Worksheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells.push([column, cell.value instanceof Date ? cell.value.toISOString() : cell.value, cell.numFmt ?? null, (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null, cell.font?.bold ?? false, cell.alignment?.wrapText ?? false, cell.alignment?.vertical ?? null]);
      });
      rows.push([number, row.height, cells]);
    });
    const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, margins, printTitlesRow } = sheet.pageSetup;
    const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? null);
    return { name: sheet.name, widths, views: sheet.views.map((v) => [v.state, (v as { ySplit?: number }).ySplit]), autoFilter: sheet.autoFilter, page: { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, margins, printTitlesRow }, headerFooter: [sheet.headerFooter.oddHeader, sheet.headerFooter.oddFooter], rows };
  });
}

const nameArb = fc.constantFrom(undefined, "沙塘布社区", `A&B <"社区">'`, "=1+1", "tab\there", "bell\u0007", "😀社区", "line\nbreak");
const flawArb = fc.array(fc.record({ file: fc.constantFrom("表.csv", "<x>.csv"), row: fc.nat(99), column: fc.constantFrom("population", "area.police"), message: fc.constant({ zh: "应为数字 & <0", en: "expected a number" }) }), { maxLength: 2 });

describe("the page's .xlsx report, written as it streams (StreamedWorkbook)", () => {
  it("shows and prints as the command line's: tabs, widths, frozen header, filter, page setup, header and footer, every cell's value and look", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(subjectArb, nameArb, flawArb), { minLength: 1, maxLength: 4 }), asOfArb, fc.constantFrom("zh", "en") as fc.Arbitrary<"zh" | "en">, fc.integer({ min: 3, max: 60 }), async (items, asOf, lang, rowsPerSheet) => {
        const reports = items.map(([subject, name, flaws]) => [evaluate(name === undefined ? subject : { ...subject, name }, { asOf }), flaws] as [Report, FileProblem[]]);
        const expected = await seen(await byExceljs(reports, lang, rowsPerSheet));
        expect(await seen(await streamed(reports, lang, rowsPerSheet))).toEqual(expected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
    );
  }, 120_000);

  it("gives the same workbook at deflate's fastest level", async () => {
    const reports = [[evaluate({ kind: "community", id: "c", jurisdiction: "longgang", population: 12000 }, { asOf: "2013-01-01" }), []]] as [Report, FileProblem[]][];
    expect(await seen(await streamed(reports, "zh", 100, 1))).toEqual(await seen(await streamed(reports, "zh", 100, 6)));
  });
});
