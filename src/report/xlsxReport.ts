import type * as ExcelJS from "exceljs";
import { ruleBook, documents } from "../../rules";
import { isPairAt, isWide } from "../format/displayWidth";
import { formatRequirement } from "../format/formatRequirement";
import { measuredWord } from "../labels/measuredWord";
import { articleWords, documentWords } from "../labels/documentWords";
import { type CellValue, cellTypeOf, rowXml } from "./sheetXml";
import { thresholdWords } from "./thresholdWords";
import { fixLines } from "./toFix";
import type { LocalDocument } from "../engine/localDocument";
import type { FileProblem, Finding, Report, Status, StatusCounts } from "../types";
import { INPUT_PROBLEM_WORD, type Lang, STATUSES, bySubject, kindWord, modalityWord, overallStatus, problemColumn, statusWord, unitWord } from "./words";

/** The most rows one worksheet holds in Excel and WPS (1,048,576), less the header. */
export const ROWS_PER_SHEET = 1_048_575;

/** A light fill per status (ARGB), the colours offices use for traffic lights. */
export const STATUS_FILL: Readonly<Record<Status, string>> = {
  pass: "FFC6EFCE",
  fail: "FFFFC7CE",
  pending: "FFFFEB9C",
  "insufficient-data": "FFE4DFEC",
  info: "FFDDEBF7",
  "not-applicable": "FFEDEDED",
};

/** A column: its header, its width in characters, its number format, and whether its text wraps. */
interface Sheet {
  name: Record<Lang, string>;
  columns: { header: Record<Lang, string>; width: number; numFmt?: string; wrap?: boolean }[];
}

// Widths add up to about 131 characters a sheet at most: fitted to an A4 landscape page, 11 pt
// text then prints at 9 pt or more (133.5 printed at 8.995 pt) (LibreOffice prints a width unit at about 7 pt, so the scale
// stays at 0.82 or more; tests/cli/libreoffice.test.ts measures it). Long text wraps instead.

const SUMMARY: Sheet = {
  name: { zh: "汇总", en: "Summary" },
  columns: [
    { header: { zh: "主体编号", en: "subject" }, width: 12, wrap: true },
    { header: { zh: "名称", en: "name" }, width: 12, wrap: true },
    { header: { zh: "类型", en: "kind" }, width: 6 },
    { header: { zh: "评估日", en: "as of" }, width: 10.5, numFmt: "yyyy-mm-dd" },
    ...STATUSES.map((s) => ({ header: { zh: statusWord(s, "zh"), en: s }, width: 6, wrap: true })),
    { header: { zh: "合计", en: "total" }, width: 5 },
    { header: { zh: "总体结论", en: "overall" }, width: 8, wrap: true },
    { header: { zh: "需整改（未达标的标准及差额）", en: "to fix (failed standards and shortfalls)" }, width: 36, wrap: true },
  ],
};

const DETAIL: Sheet = {
  name: { zh: "明细", en: "Findings" },
  columns: [
    { header: { zh: "主体编号", en: "subject" }, width: 9, wrap: true },
    { header: { zh: "名称", en: "name" }, width: 9, wrap: true },
    { header: { zh: "文件", en: "document" }, width: 8, wrap: true },
    { header: { zh: "条款", en: "article" }, width: 7, wrap: true },
    { header: { zh: "规则", en: "rule" }, width: 13, wrap: true },
    { header: { zh: "结论", en: "status" }, width: 6, wrap: true },
    { header: { zh: "约束性", en: "modality" }, width: 5, wrap: true },
    { header: { zh: "实测", en: "measured" }, width: 7, wrap: true },
    { header: { zh: "要求", en: "required" }, width: 9, wrap: true },
    { header: { zh: "差额", en: "shortfall" }, width: 7, wrap: true },
    { header: { zh: "单位", en: "unit" }, width: 4, wrap: true },
    { header: { zh: "期限", en: "due" }, width: 10.5, numFmt: "yyyy-mm-dd" },
    { header: { zh: "说明", en: "message" }, width: 21, wrap: true },
    { header: { zh: "原文", en: "quote" }, width: 16, wrap: true },
  ],
};

const PROBLEMS: Sheet = {
  name: { zh: "问题", en: "Problems" },
  columns: [
    { header: { zh: "文件", en: "file" }, width: 24, wrap: true },
    { header: { zh: "行", en: "row" }, width: 6 },
    { header: { zh: "列", en: "column" }, width: 26, wrap: true },
    { header: { zh: "问题（如何修改）", en: "problem (what to write)" }, width: 70, wrap: true },
  ],
};

/** A line of 11 pt text, in points, with its leading. */
const LINE_HEIGHT = 15;

/**
 * How many lines a text takes in a column `fits` characters wide, packed as a spreadsheet wraps it:
 * a line breaks after a space, a hyphen or a slash, or between two Chinese characters (which count
 * two); a word longer than a line is cut.
 *
 * @example linesOf("longgang-2005/community-party-coordination", 12) // 5
 */
export function linesOf(text: string, fits: number): number {
  // One pass over the text, piece by piece, without the regular expression that read it before
  // (tests/report/linesOf.test.ts holds the two equal): a piece is one Chinese character, or a run
  // of other characters with the space, hyphen or slash that ends it.
  let lines = 1;
  let used = 0;
  const place = (width: number, trimmed: number) => {
    if (used > 0 && used + trimmed > fits) {
      lines += 1;
      used = 0;
    }
    while (width > fits) {
      lines += 1;
      width -= fits;
    }
    used += width;
  };
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const breaks = code === 45 || code === 47 || isSpace(code);
    if (isPairAt(text, i)) {
      i += 1;
      run += 1;
    } else if (((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xffef)) && !(breaks && run > 0)) {
      // A Chinese character is a piece of its own, unless it is a space (U+3000) ending a run.
      if (run > 0) place(run, run);
      run = 0;
      const width = isWide(code) ? 2 : 1;
      place(width, isSpace(code) ? 0 : width);
    } else if (breaks) {
      const width = run + (isWide(code) ? 2 : 1);
      place(width, isSpace(code) ? run : width);
      run = 0;
    } else {
      run += isWide(code) ? 2 : 1;
    }
  }
  if (run > 0) place(run, run);
  return lines;
}

/** JavaScript's white space (what \s matches and trimEnd removes), by code unit. */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

// A report repeats its cells' texts (labels, articles, the same message for many subjects): their
// line counts are kept by width, then text (no key is composed per cell), up to a bound, so memory
// stays flat however long the report.
const counted = new Map<number, Map<string, number>>();
let countedTexts = 0;
const MAX_COUNTED = 20_000;

/** The lines a cell's text takes at `fits` columns, each of its own lines wrapped (linesOf). */
function linesIn(text: string, fits: number): number {
  let byText = counted.get(fits);
  if (byText === undefined) counted.set(fits, (byText = new Map()));
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = text.indexOf("\n") < 0 ? linesOf(text, fits) : text.split("\n").reduce((n, part) => n + linesOf(part, fits), 0);
    if (countedTexts >= MAX_COUNTED) {
      for (const texts of counted.values()) texts.clear();
      countedTexts = 0;
    }
    byText.set(text, lines);
    countedTexts += 1;
  }
  return lines;
}

/**
 * A row's height for its wrapped cells: the most lines any of them takes at its column's width
 * (linesOf), each line LINE_HEIGHT. `values` are the row's cells from column A (a gap is no cell).
 */
function heightFor(sheet: Sheet, values: readonly unknown[]): number {
  let lines = 1;
  for (let column = 0; column < values.length; column++) {
    const spec = sheet.columns[column];
    const value = values[column];
    if (!spec?.wrap || value === null || value === undefined) continue;
    const needed = linesIn(String(value), Math.max(1, spec.width - 1));
    if (needed > lines) lines = needed;
  }
  return lines * LINE_HEIGHT;
}

/** A row's cells' values from column A, as heightFor reads them. */
function valuesOf(row: ExcelJS.Row): unknown[] {
  const values: unknown[] = [];
  row.eachCell((cell, column) => void (values[column - 1] = cell.value));
  return values;
}

/** The fill of a 汇总 verdict where the subject's row had bad cells: 数据有误. */
const INPUT_PROBLEM_FILL = "FFF8CBAD";

const SOURCES: Sheet = {
  name: { zh: "依据", en: "Sources" },
  columns: [
    { header: { zh: "规则", en: "rule" }, width: 15, wrap: true },
    { header: { zh: "文件", en: "document" }, width: 8, wrap: true },
    { header: { zh: "文件标题", en: "title" }, width: 18, wrap: true },
    { header: { zh: "发布日期", en: "issued" }, width: 10.5, numFmt: "yyyy-mm-dd" },
    { header: { zh: "条款", en: "article" }, width: 7, wrap: true },
    { header: { zh: "原文", en: "quote" }, width: 30, wrap: true },
    { header: { zh: "约束性", en: "modality" }, width: 5, wrap: true },
    { header: { zh: "指标", en: "figures" }, width: 18, wrap: true },
    { header: { zh: "期限", en: "due" }, width: 10.5, numFmt: "yyyy-mm-dd" },
  ],
};

const day = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

/** A column's number in a sheet (from 1), found by its English header, so it follows the table above. */
const columnOf = (sheet: Sheet, en: string): number => sheet.columns.findIndex((c) => c.header.en === en) + 1;

/** 明细's columns: 结论, the figures (实测, 要求, 差额), and 差额 alone. */
const STATUS_COLUMN = columnOf(DETAIL, "status");
const SHORTFALL_COLUMN = columnOf(DETAIL, "shortfall");
const FEN_FORMAT = "#,##0.00";

/** How a cell departs from its column's style: another number format, a fill. */
interface Look {
  numFmt?: string;
  fill?: Status | "input-problem";
  /** 汇总's total row. */
  bold?: true;
}

// Exact decimal text becomes a spreadsheet number where a double shows it to the digit.
function cellNumber(value: string | number | boolean | null, lang: Lang): string | number | null {
  const shown = measuredWord(value, lang);
  if (typeof shown !== "string" || shown !== value) return shown as string | number | null;
  return /^\d{1,15}(\.\d+)?$/.test(value) && value.replace(/^0+(?=\d)|\./g, "").length <= 15 ? Number(value) : value;
}

/** A rule's figures in a few words: `numerator=1, denominator=300`. */
export function figuresText(threshold: unknown): string {
  if (threshold === null || typeof threshold !== "object") return String(threshold ?? "");
  return Object.entries(threshold)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join("、") : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`)
    .join(", ");
}

/**
 * Where the report's sheets go: exceljs's streaming WorkbookWriter (the command line, to a file) or
 * its in-memory Workbook (the page, to a download). Both take the same sheets, rows and styles.
 */
export type ReportWorkbook = Pick<ExcelJS.Workbook, "addWorksheet" | "creator">;

/** What every printed page's header says: the file checked, the as-of day, the documents applied. */
export interface ReportTitle {
  file?: string;
  asOf?: string;
  /** Document ids, or none: by each subject's jurisdiction. */
  documents?: readonly string[];
}

export interface XlsxReportOptions {
  /** The header of every printed page (and the footer's print date and page numbers). */
  title?: ReportTitle;
  /** Past this many findings, 明细 continues on 明细2… (default: one sheet's rows). */
  rowsPerSheet?: number;
  /** Waits, after each report (and each piece of 汇总), until the sink has taken in what was written to the sheet (the streaming zip). */
  drain?: (sheet: ExcelJS.Worksheet) => Promise<void>;
  /**
   * A string that holds its own characters. An id read from a workbook can be a slice of the 1 KB
   * of XML it was parsed from, and V8 keeps the whole of that text alive for the slice: 汇总's rows,
   * kept until the end, held some 200 MB of a 100,000-row workbook's XML that way (peak RSS 900 MB).
   */
  ownCopy?: (text: string) => string;
  /** Local documents the check applied (`--rules`): their rules are listed in 依据 beside the built-in ones. */
  local?: readonly LocalDocument[];
  /**
   * 明细's and 汇总's rows as XML, for exceljs's streaming writer (the command line): its row and
   * cell objects and their rendering took half of a report's time. Without it (the page's in-memory
   * workbook) rows go through exceljs's cells. The workbooks are the same part for part
   * (tests/cli/xlsxRows.test.ts).
   */
  rowsAsXml?: RowsAsXml;
}

/** How a streaming worksheet takes rows as XML: its style ids, and the XML itself after the header row. */
export interface RowsAsXml {
  /** exceljs's id for a style object on cells of a type (its styles' addStyleModel). */
  styleId(style: Partial<ExcelJS.Style>, cellType: number): number;
  /** Writes rows' XML into the sheet's part, after the rows exceljs has written. */
  write(sheet: ExcelJS.Worksheet, xml: string): void;
}

// An empty text is an empty cell: the streaming writer leaves "" out, the in-memory one would store
// it as a string, and the two reports must be the same.
const emptyAsBlank = (values: unknown[]): unknown[] => values.map((value) => (value === "" ? null : value));

// A streaming worksheet is committed to the zip; an in-memory one has nothing to commit.
const commit = async (sheet: ExcelJS.Worksheet) => (sheet as Partial<{ commit(): Promise<void> | void }>).commit?.();

/**
 * An .xlsx report a bureau can file, written as findings arrive: 汇总 (a row per subject),
 * 明细 (a row per finding, continued on 明细2… past one sheet's rows) and 依据 (every rule applied).
 * Only 明细 streams; the other two are written at the end, so memory holds a row per subject.
 *
 * @example const report = new XlsxReport(new ExcelJS.Workbook(), "zh");
 *          await report.add(evaluate(community)); await report.finish(); // then workbook.xlsx.writeBuffer()
 */
export class XlsxReport {
  private detail: ExcelJS.Worksheet;
  private readonly details: ExcelJS.Worksheet[] = [];
  private readonly summaryRows: unknown[][] = [];
  /** Every input problem, for 问题: those of rows that gave no subject, and those of subjects read in part. */
  private readonly problemRows: unknown[][] = [];
  private readonly applied = new Set<string>();
  /** The style objects cells share, by cell type and look (styleRow). */
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  /** Their ids in a streaming workbook, for rows written as XML. */
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number>();
  private detailRows = 0;
  private detailSheets = 1;
  private readonly rowsPerSheet: number;
  private readonly ownCopy: (text: string) => string;

  constructor(
    private readonly workbook: ReportWorkbook,
    private readonly lang: Lang,
    private readonly options: XlsxReportOptions = {},
  ) {
    this.rowsPerSheet = options.rowsPerSheet ?? ROWS_PER_SHEET;
    this.ownCopy = options.ownCopy ?? ((text) => text);
    this.workbook.creator = "community-standards-cn";
    // exceljs opens a sheet's part of the zip when the sheet is created, and the zip takes parts in
    // order: a sheet created before 明细 would hold every finding in memory until it was closed.
    // So 明细 comes first, 汇总 and 依据 at the end, and `finish` puts the tabs in reading order.
    this.detail = this.addSheet(DETAIL, DETAIL.name[lang]);
    this.details.push(this.detail);
  }

  private addSheet(sheet: Sheet, name: string): ExcelJS.Worksheet {
    const last = String.fromCharCode(64 + sheet.columns.length);
    // The streaming writer takes autoFilter as an option, which exceljs's types do not declare.
    // Printed for the file: A4 landscape, one page wide, the header repeated on every page.
    const margins = { left: 0.4, right: 0.4, top: 0.8, bottom: 0.7, header: 0.3, footer: 0.3 };
    const pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", margins };
    const options = { views: [{ state: "frozen", ySplit: 1 }], autoFilter: `A1:${last}1`, pageSetup, headerFooter: this.headerFooter(name) } as Partial<ExcelJS.AddWorksheetOptions>;
    const worksheet = this.workbook.addWorksheet(name, options);
    worksheet.columns = sheet.columns.map((c) => ({ header: c.header[this.lang], width: c.width, ...(c.numFmt && { style: { numFmt: c.numFmt } }) }));
    const head = worksheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: "top" };
    head.height = heightFor(sheet, valuesOf(head));
    return worksheet;
  }

  /** Every printed page's header (report, file, 评估日, documents) and footer (print date, page n of N). */
  private headerFooter(sheetName: string): Partial<ExcelJS.HeaderFooter> {
    const { title = {} } = this.options;
    // & starts a control code in a header: a file named A&B is written A&&B.
    const text = (value: string) => value.replace(/&/g, "&&");
    const zh = this.lang === "zh";
    const documents = title.documents === undefined || title.documents.length === 0 ? (zh ? "按各主体所属地区" : "by jurisdiction") : title.documents.map((id) => documentWords(id, id, this.lang)).join(zh ? "、" : ", ");
    const left = `&"-,Bold"${zh ? "社区建设标准核查报告" : "Community standards report"}&"-,Regular"${title.file ? `：${text(title.file)}` : ""}`;
    const right = `${title.asOf ? `${zh ? "评估日" : "as of"} ${title.asOf}  ` : ""}${text(sheetName)}`;
    return {
      oddHeader: `&L${left}&C${zh ? "文件：" : "documents: "}${text(documents)}&R${right}`,
      oddFooter: `&L${zh ? "打印日期" : "printed"} &D&R${zh ? "第 &P 页，共 &N 页" : "page &P of &N"}`,
    };
  }

  /**
   * Styles every cell of a row: its column's number format and wrapping, and a status fill where
   * `look` says so. exceljs gives each cell a style object of its own and works the style out again
   * for each one, unless it has seen that very object (a WeakMap): about a quarter of a report's
   * time. So each look, for each type of cell (the type decides the format exceljs picks when there
   * is none), gets one object that every such cell shares. The workbook is the same byte for byte.
   */
  private styleRow(row: ExcelJS.Row, sheet: Sheet, look: (column: number, cell: ExcelJS.Cell) => Look | undefined): void {
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = this.styleOf(sheet, column, cell.type, look(column, cell));
    });
    // Wrapped text needs its row's height: LibreOffice prints the lines of a row without one over each other.
    row.height = heightFor(sheet, valuesOf(row));
  }

  /** The one style object every cell of a column, type and look shares (styleRow). */
  private styleOf(sheet: Sheet, column: number, cellType: number, look: Look | undefined): Partial<ExcelJS.Style> {
    const { numFmt = sheet.columns[column - 1]?.numFmt, fill, bold } = look ?? {};
    const wrap = sheet.columns[column - 1]?.wrap === true;
    const key = `${cellType}|${numFmt ?? ""}|${fill ?? ""}|${wrap ? 1 : 0}|${bold ? 1 : 0}`;
    let style = this.styles.get(key);
    if (style === undefined) {
      // A look of its own for bold cells: exceljs's row.font would write the font into the style
      // objects every cell shares (every cell of the page's download came out bold).
      style = {
        ...(numFmt !== undefined && { numFmt }),
        ...(bold && { font: { bold: true } }),
        ...(fill !== undefined && { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill === "input-problem" ? INPUT_PROBLEM_FILL : STATUS_FILL[fill] } } }),
        alignment: wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" },
      } as Partial<ExcelJS.Style>;
      this.styles.set(key, style);
    }
    return style;
  }

  /**
   * A row as XML for a streaming sheet (rowsAsXml): its height and each cell's style as styleRow
   * gives them, the style's id asked of exceljs once per style object.
   */
  private rowAsXml(sheet: Sheet, rowNumber: number, values: readonly CellValue[], look: (column: number) => Look | undefined, asXml: RowsAsXml): string {
    const styleIds = values.map((value, i) => {
      const type = cellTypeOf(value);
      const style = this.styleOf(sheet, i + 1, type, look(i + 1));
      let id = this.styleIds.get(style);
      if (id === undefined) this.styleIds.set(style, (id = asXml.styleId(style, type)));
      return id;
    });
    return rowXml(rowNumber, heightFor(sheet, values), values, styleIds);
  }

  /** Adds input problems of rows that gave no subject to 问题. */
  addProblems(problems: readonly FileProblem[]): void {
    for (const p of problems) this.problemRows.push([this.ownCopy(p.file), p.row > 0 ? p.row : null, problemColumn(p, this.lang), p.message[this.lang]]);
  }

  /**
   * Adds a report's findings to 明细 and its subjects to 汇总; a report of a subject read from a row
   * with bad cells comes with their problems (`flaws`): they go to 问题, and 汇总 says 数据有误.
   * Await it: a streaming writer hands rows to the zip without waiting for compression or the
   * disk, so this waits (options.drain).
   */
  async add(report: Report, flaws?: readonly FileProblem[]): Promise<void> {
    const flawed = flaws !== undefined && flaws.length > 0;
    if (flawed) this.addProblems(flaws);
    const { lang } = this;
    const asXml = this.options.rowsAsXml;
    let xml = "";
    for (const f of report.findings) {
      if (this.detailRows === this.rowsPerSheet) {
        if (asXml && xml !== "") asXml.write(this.detail, xml);
        xml = "";
        void commit(this.detail);
        this.detailSheets += 1;
        this.detail = this.addSheet(DETAIL, `${DETAIL.name[lang]}${this.detailSheets}`);
        this.details.push(this.detail);
        this.detailRows = 0;
      }
      this.detailRows += 1;
      this.applied.add(f.ruleId);
      const values = emptyAsBlank(this.detailValues(f)) as CellValue[];
      // Areas and money show to the fen or 0.01 m², as the findings state them.
      const fen = f.required?.unit === "m2" || f.required?.unit === "yuan";
      const look = (column: number): Look | undefined => {
        if (column === STATUS_COLUMN) return { fill: f.status };
        // A figure in words wider than its column (the three shares of a budget) wraps, with the
        // row's height for it (heightFor): shrunk to fit, it printed at 2 pt.
        return column === SHORTFALL_COLUMN && fen ? { numFmt: FEN_FORMAT } : undefined;
      };
      if (asXml === undefined) {
        const row = this.detail.addRow(values);
        this.styleRow(row, DETAIL, look);
        row.commit();
        continue;
      }
      // The header row goes first, through exceljs, as it would with the first row.
      if (this.detailRows === 1) this.detail.getRow(1).commit();
      xml += this.rowAsXml(DETAIL, this.detailRows + 1, values, look, asXml);
    }
    if (asXml && xml !== "") asXml.write(this.detail, xml);
    for (const { subject, findings } of bySubject(report)) {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
      for (const f of findings) counts[f.status] += 1;
      const overall = overallStatus(counts);
      // The row's own subject (the root) is the one its bad cells belong to.
      const mine = flawed && subject.path.length === report.subject.path.length;
      this.summaryRows.push([this.ownCopy(subject.path.join("/")), this.ownCopy(subject.name ?? ""), kindWord(subject.kind, lang), day(report.asOf), ...STATUSES.map((s) => counts[s]), findings.length, mine ? INPUT_PROBLEM_WORD[lang] : statusWord(overall, lang), fixLines(findings, lang).join(lang === "zh" ? "；" : "; "), mine ? "input-problem" : overall]);
    }
    await this.options.drain?.(this.detail);
  }

  private detailValues(f: Finding): (CellValue | "")[] {
    const { lang } = this;
    return [
      f.subject.path.join("/"),
      f.subject.name ?? "",
      documentWords(f.document, f.citation.title, lang),
      articleWords(f.citation.article, lang),
      f.ruleId,
      statusWord(f.status, lang),
      modalityWord(f.modality, lang),
      cellNumber(f.measured, lang),
      formatRequirement(f.required, lang),
      cellNumber(f.shortfall, lang),
      unitWord(f, lang),
      day(f.due),
      f.message[lang],
      f.citation.displayQuote,
    ];
  }

  /** Writes 汇总 and 依据 and puts the tabs in reading order; the workbook is then complete. */
  async finish(): Promise<void> {
    await commit(this.detail);
    const summary = this.addSheet(SUMMARY, SUMMARY.name[this.lang]);
    // The worst first: the most failed standards, then the input's order (the sort is stable).
    const FAILS = 4 + STATUSES.indexOf("fail");
    this.summaryRows.sort((a, b) => (b[FAILS] as number) - (a[FAILS] as number));
    const totals = STATUSES.map((_, i) => this.summaryRows.reduce((n, values) => n + (values[4 + i] as number), 0));
    this.summaryRows.push([this.lang === "zh" ? "合计" : "total", this.lang === "zh" ? `${this.summaryRows.length} 个主体` : `${this.summaryRows.length} subjects`, null, null, ...totals, totals.reduce((n, t) => n + t, 0), null, null, "total"]);
    const verdictColumn = columnOf(SUMMARY, "overall");
    const verdicts = this.summaryRows.map((values) => values.pop() as Status | "input-problem" | "total");
    await this.addRows(summary, SUMMARY, this.summaryRows, (index) => {
      const overall = verdicts[index]!;
      return (column) => (overall === "total" ? { bold: true } : column === verdictColumn ? { fill: overall } : undefined);
    });
    await commit(summary);
    let problems: ExcelJS.Worksheet | undefined;
    if (this.problemRows.length > 0) {
      problems = this.addSheet(PROBLEMS, PROBLEMS.name[this.lang]);
      await this.addRows(problems, PROBLEMS, this.problemRows, () => () => undefined);
      await commit(problems);
    }
    const sources = this.addSheet(SOURCES, SOURCES.name[this.lang]);
    const local = this.options.local ?? [];
    const allDocuments = [...documents, ...local.map((d) => d.document)];
    const sourceRows: unknown[][] = [];
    for (const rule of [...ruleBook, ...local.flatMap((d) => d.rules)]) {
      if (!this.applied.has(rule.id)) continue;
      const document = allDocuments.find((d) => d.id === rule.document)!;
      const due = rule.due ?? null;
      sourceRows.push([rule.id, documentWords(rule.document, document.title, this.lang), document.title, day(document.issued), articleWords(rule.article, this.lang), rule.displayQuote ?? rule.quote, modalityWord(rule.modality, this.lang), thresholdWords(rule, this.lang), day(due)]);
    }
    await this.addRows(sources, SOURCES, sourceRows, () => () => undefined);
    await commit(sources);
    this.orderTabs([summary, ...(problems ? [problems] : []), ...this.details, sources]);
  }

  /**
   * A sheet's rows after its header, each styled by its look (`lookOf(index)`): through exceljs's
   * rows, or as XML (rowsAsXml) in pieces, each taken in by the zip before the next (汇总 has a row
   * per subject, all written at the end: 100,000 subjects held 70 MB of its XML at once).
   */
  private async addRows(sheet: ExcelJS.Worksheet, spec: Sheet, rows: readonly unknown[][], lookOf: (index: number) => (column: number) => Look | undefined): Promise<void> {
    const asXml = this.options.rowsAsXml;
    if (asXml === undefined) {
      for (const [index, values] of rows.entries()) {
        const row = sheet.addRow(emptyAsBlank(values));
        this.styleRow(row, spec, lookOf(index));
        row.commit();
      }
      return;
    }
    sheet.getRow(1).commit();
    let xml = "";
    for (const [index, values] of rows.entries()) {
      xml += this.rowAsXml(spec, index + 2, emptyAsBlank(values) as CellValue[], lookOf(index), asXml);
      if (xml.length > 1 << 16) {
        asXml.write(sheet, xml);
        xml = "";
        await this.options.drain?.(sheet);
      }
    }
    if (xml !== "") asXml.write(sheet, xml);
  }

  // The streaming writer's tab order is the order of its (private, id-indexed) sheet list when the
  // workbook part is written; the in-memory workbook's is its sheets' orderNo. tests/cli/xlsx.test.ts
  // and tests/web hold the order, so an exceljs that changes this is caught.
  private orderTabs(order: ExcelJS.Worksheet[]): void {
    order.forEach((sheet, i) => ((sheet as unknown as { orderNo: number }).orderNo = i + 1));
    const writer = this.workbook as unknown as { _worksheets?: unknown[] };
    if (!Array.isArray(writer._worksheets)) return;
    // Sparse, as exceljs keeps it: ids start at 1 and its loops skip the hole at 0.
    const list: unknown[] = [];
    order.forEach((sheet, i) => (list[i + 1] = sheet));
    writer._worksheets = list;
  }
}
