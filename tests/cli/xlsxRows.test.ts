import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { excel } from "../../src/cli/excel";
import { rowsAsXmlOf } from "../../src/cli/xlsxReport";
import { evaluate } from "../../src/index";
import { type ByteSource, entryBytes, zipEntries } from "../../src/read/xlsx/zip";
import { XlsxReport } from "../../src/report/xlsxReport";
import type { FileProblem, Report } from "../../src/types";
import { asOfArb, subjectArb } from "../engine/subjects";

const dir = mkdtempSync(join(tmpdir(), "community-standards-xlsx-rows-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;

/** The report of these subjects written by exceljs's streaming writer, 明细's rows as XML or through exceljs's cells. */
async function reportFile(reports: readonly [Report, FileProblem[]][], lang: "zh" | "en", rowsPerSheet: number, asXml: boolean): Promise<string> {
  const file = join(dir, `report-${written++}.xlsx`);
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ filename: file, useStyles: true, useSharedStrings: false });
  const sheets = new XlsxReport(workbook as never, lang, { rowsPerSheet, title: { file: "表<1>&.xlsx", asOf: "2013-01-01" }, ...(asXml && { rowsAsXml: rowsAsXmlOf(workbook) }) });
  for (const [report, flaws] of reports) await sheets.add(report, flaws);
  await sheets.finish();
  await workbook.commit();
  return file;
}

/** Every part of an .xlsx as text, by name (as the reader keeps it, in lower case), but its creation time (docProps/core.xml). */
async function partsOf(file: string): Promise<Record<string, string>> {
  const bytes = new Uint8Array(readFileSync(file));
  const source: ByteSource = { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
  const parts: Record<string, string> = {};
  for (const [name, entry] of await zipEntries(source)) {
    if (name.toLowerCase() === "docprops/core.xml") continue;
    const chunks: Uint8Array[] = [];
    for await (const chunk of entryBytes(source, entry, 1 << 28, name)) chunks.push(chunk);
    parts[name] = Buffer.concat(chunks).toString("utf8");
  }
  return parts;
}

// Names and ids as an office types them, and as no one should: markup, quotes, control characters, emoji.
const nameArb = fc.constantFrom(undefined, "沙塘布社区", `A&B <"社区">'`, "=1+1", "tab\there", "bell\u0007 del\u007f", "😀社区", "  spaced  ", "line\nbreak");
const flawArb = fc.array(fc.record({ file: fc.constantFrom("表.csv", "<x>.csv"), row: fc.nat(99), column: fc.constantFrom("population", "area.police"), message: fc.constant({ zh: "应为数字 & <0", en: "expected a number" }) }), { maxLength: 2 });

describe("明细's rows written as XML (the command line's .xlsx report)", () => {
  it("give the workbook that exceljs's cells give, part for part, for generated subjects in both languages, across sheets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(subjectArb, nameArb, flawArb), { minLength: 1, maxLength: 4 }), asOfArb, fc.constantFrom("zh", "en") as fc.Arbitrary<"zh" | "en">, fc.integer({ min: 3, max: 40 }), async (items, asOf, lang, rowsPerSheet) => {
        const reports = items.map(([subject, name, flaws]) => [evaluate(name === undefined ? subject : { ...subject, name }, { asOf }), flaws] as [Report, FileProblem[]]);
        const [cells, xml] = await Promise.all([reportFile(reports, lang, rowsPerSheet, false), reportFile(reports, lang, rowsPerSheet, true)]);
        const expected = await partsOf(cells);
        expect(Object.keys(expected).some((name) => name.startsWith("xl/worksheets/"))).toBe(true);
        expect(await partsOf(xml)).toEqual(expected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  }, 120_000);
});

describe("bold cells", () => {
  /** Per sheet, the rows with a bold cell. */
  async function boldRows(load: (workbook: import("exceljs").Workbook) => Promise<unknown>): Promise<Record<string, number[]>> {
    const workbook = new (excel().Workbook)();
    await load(workbook);
    const rows: Record<string, number[]> = {};
    for (const sheet of workbook.worksheets) {
      rows[sheet.name] = [];
      sheet.eachRow((row, number) => {
        let bold = false;
        row.eachCell((cell) => void (bold ||= cell.font?.bold === true));
        if (bold) rows[sheet.name]!.push(number);
      });
    }
    return rows;
  }
  const reports = [evaluate({ kind: "community", id: "c1", jurisdiction: "longgang", population: 9000 }, { asOf: "2013-01-01" }), evaluate({ kind: "project", id: "p1", jurisdiction: "longgang", buildingAreaM2: 30000, serviceSpaceM2: 90 }, { asOf: "2013-01-01" })];
  const expected = (lastSummaryRow: number) => ({ 汇总: [1, lastSummaryRow], 明细: [1], 依据: [1] });

  it("are the header rows and 汇总's total row only, in the page's workbook (its cells' shared styles were all made bold)", async () => {
    const rows = await boldRows(async (workbook) => {
      const sheets = new XlsxReport(workbook, "zh");
      for (const report of reports) await sheets.add(report);
      await sheets.finish();
      await workbook.xlsx.load(await workbook.xlsx.writeBuffer());
    });
    expect(rows).toEqual(expected(4));
  });

  it("are the same in the command line's workbook, whose total row's cells were not bold", async () => {
    const file = await reportFile(reports.map((r) => [r, []]), "zh", 1000, true);
    expect(await boldRows((workbook) => workbook.xlsx.readFile(file))).toEqual(expected(4));
  });
});
