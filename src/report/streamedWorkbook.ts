import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type * as ExcelJS from "exceljs";
import type { RowsAsXml } from "./xlsxReport";
import { xmlText } from "./sheetXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Formats every spreadsheet knows by number (exceljs's NumFmtXform); others are written from 164 on. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "mm-dd-yy": 14 };

/** exceljs's cell type of a date (ExcelJS.ValueType.Date), and of a number, which it takes when none is given. */
const DATE_CELL = 4;
const NUMBER_CELL = 2;

/** exceljs's default column width (DEFAULT_COLUMN_WIDTH). */
const DEFAULT_WIDTH = 9;

/** How much XML a sheet gathers before it is encoded and deflated: a few calls' worth, not a string per row. */
const PIECE = 1 << 16;

/**
 * How many bytes of the zip are gathered before they go into a Blob: a browser keeps a Blob's
 * bytes out of the page's memory (on disk when large), and the chunks can go.
 */
const BLOB_PART = 8 << 20;

/** A spreadsheet column as the report declares it (exceljs's Column, in part). */
interface ColumnSpec {
  header: string;
  width: number;
  style?: { numFmt?: string };
}

/** What the report passes when it adds a sheet (exceljs's AddWorksheetOptions, in part). */
interface SheetOptions {
  views?: { state?: string; ySplit?: number }[];
  autoFilter?: string;
  pageSetup?: { paperSize?: number; orientation?: string; fitToPage?: boolean; fitToWidth?: number; fitToHeight?: number; printTitlesRow?: string; margins?: Record<string, number> };
  headerFooter?: { oddHeader?: string; oddFooter?: string };
}

/** A column's letters from its number (1 is A). */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The styles of a workbook, each written once, numbered as exceljs's StylesXform numbers them
 * (addStyleModel): a report written here looks as the command line's, which exceljs writes.
 */
class Styles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts: string[] = ['<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>'];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly ids = new WeakMap<object, number>();

  private index(list: string[], xml: string): number {
    const found = list.indexOf(xml);
    return found >= 0 ? found : list.push(xml) - 1;
  }

  /** The id of a style on cells of a type, the same object always the same id. */
  id(style: Partial<ExcelJS.Style>, cellType: number): number {
    const known = this.ids.get(style);
    if (known !== undefined) return known;
    let numFmt = 0;
    const format = style.numFmt ?? ((cellType || NUMBER_CELL) === DATE_CELL ? "mm-dd-yy" : undefined);
    if (format !== undefined) {
      numFmt = BUILT_IN_FORMATS[format] ?? this.numFmts.get(format) ?? 164 + this.numFmts.size;
      if (BUILT_IN_FORMATS[format] === undefined) this.numFmts.set(format, numFmt);
    }
    const font = style.font ? this.index(this.fonts, `<font>${style.font.bold ? "<b/>" : ""}</font>`) : 0;
    const fgColor = (style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const fill = fgColor ? this.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${fgColor}"/></patternFill></fill>`) : 0;
    const { vertical, wrapText } = style.alignment ?? {};
    const alignment = style.alignment ? `<alignment${vertical ? ` vertical="${vertical}"` : ""}${wrapText ? ' wrapText="1"' : ""}/>` : "";
    const applied = `${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}`;
    const id = this.index(this.xfs, alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
    this.ids.set(style, id);
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join("");
    return `${XML_HEAD}<styleSheet xmlns="${MAIN}">${numFmts ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : ""}<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts><fills count="${this.fills.length}">${this.fills.join("")}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;
  }
}

/** The header row of a sheet, as the report styles it (exceljs's Row, in part). */
class HeaderRow {
  font: Partial<ExcelJS.Font> | undefined;
  alignment: Partial<ExcelJS.Alignment> | undefined;
  height = 15;
  constructor(
    private readonly sheet: StreamedSheet,
    readonly headers: readonly string[],
  ) {}
  eachCell(visit: (cell: { value: string }, column: number) => void): void {
    this.headers.forEach((value, i) => visit({ value }, i + 1));
  }
  commit(): void {
    this.sheet.open();
  }
}

/** A worksheet whose part is deflated into the zip as its rows are written (exceljs's WorksheetWriter, in part). */
export class StreamedSheet {
  orderNo: number;
  private spec: ColumnSpec[] = [];
  private head: HeaderRow | undefined;
  private file: ZipDeflate | undefined;
  private pending = "";
  private done = false;

  constructor(
    private readonly book: StreamedWorkbook,
    readonly id: number,
    readonly name: string,
    readonly options: SheetOptions,
  ) {
    this.orderNo = id;
  }

  set columns(columns: ColumnSpec[]) {
    this.spec = columns;
    this.head = new HeaderRow(this, columns.map((c) => c.header));
  }

  getRow(row: number): HeaderRow {
    if (row !== 1 || this.head === undefined) throw new Error("a streamed sheet gives only its header row, after its columns");
    return this.head;
  }

  /** Starts the sheet's part with what comes before its rows, and its header row. */
  open(): void {
    if (this.file !== undefined) return;
    this.file = this.book.part(`xl/worksheets/sheet${this.id}.xml`);
    const head = this.head;
    const frozen = this.options.views?.find((v) => v.state === "frozen")?.ySplit;
    // A column of width 9 and no style of its own is exceljs's default, which it leaves out (Column's
    // isDefault): left out here too, so that the page's report is the command line's.
    const cols = this.spec
      .map((c, i) => (c.width === DEFAULT_WIDTH && !c.style?.numFmt ? "" : `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${c.style?.numFmt ? ` style="${this.book.styleId(c.style as Partial<ExcelJS.Style>, 0)}"` : ""} customWidth="1"/>`))
      .join("");
    let xml = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
    xml += `${this.options.pageSetup?.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ""}<sheetViews><sheetView workbookViewId="0">`;
    xml += frozen ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
    xml += `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`;
    if (head !== undefined) {
      // Each header cell has its column's style with the row's font and alignment, as exceljs gives it.
      const rowStyle = { ...(head.font && { font: head.font }), ...(head.alignment && { alignment: head.alignment }) } as Partial<ExcelJS.Style>;
      const rowId = this.book.styleId(rowStyle, 0);
      xml += `<row r="1" ht="${head.height}" customHeight="1" spans="1:${this.spec.length}" s="${rowId}" customFormat="1" x14ac:dyDescent="0.25">`;
      this.spec.forEach((c, i) => {
        const id = c.style?.numFmt ? this.book.styleId({ ...rowStyle, numFmt: c.style.numFmt }, 0) : rowId;
        xml += `<c r="${columnLetters(i + 1)}1" s="${id}" t="str"><v>${xmlText(c.header)}</v></c>`;
      });
      xml += "</row>";
    }
    this.write(xml);
  }

  /** Rows' XML after the header row. */
  write(xml: string): void {
    if (this.done) throw new Error(`the sheet ${this.name} is already written`);
    this.open();
    this.pending += xml;
    if (this.pending.length >= PIECE) this.flush(false);
  }

  private flush(final: boolean): void {
    this.file!.push(this.book.encode(this.pending), final);
    this.pending = "";
  }

  /** Ends the sheet's part: what comes after its rows. */
  commit(): void {
    if (this.done) return;
    this.open();
    const { autoFilter, pageSetup: setup, headerFooter } = this.options;
    const margins = setup?.margins ? `<pageMargins${["left", "right", "top", "bottom", "header", "footer"].map((side) => ` ${side}="${setup.margins![side] ?? 0}"`).join("")}/>` : "";
    const page = setup ? `<pageSetup${setup.paperSize ? ` paperSize="${setup.paperSize}"` : ""}${setup.orientation ? ` orientation="${setup.orientation}"` : ""}${setup.fitToWidth !== undefined ? ` fitToWidth="${setup.fitToWidth}"` : ""}${setup.fitToHeight !== undefined ? ` fitToHeight="${setup.fitToHeight}"` : ""}/>` : "";
    const header = headerFooter?.oddHeader ? `<oddHeader>${xmlText(headerFooter.oddHeader)}</oddHeader>` : "";
    const footer = headerFooter?.oddFooter ? `<oddFooter>${xmlText(headerFooter.oddFooter)}</oddFooter>` : "";
    this.pending += `</sheetData>${autoFilter ? `<autoFilter ref="${autoFilter}"/>` : ""}${margins}${page}${header || footer ? `<headerFooter>${header}${footer}</headerFooter>` : ""}</worksheet>`;
    this.flush(true);
    this.done = true;
  }
}

/**
 * An .xlsx workbook written as a zip while its sheets' rows arrive, for report/xlsxReport in a
 * browser (exceljs's browser build has only its in-memory workbook, which held every cell: a
 * report of 888,000 findings gave no file in 4 minutes). It takes what the report asks of
 * exceljs's streaming writer (sheets, columns, the header row, rows as XML) and writes the same
 * parts, deflated by fflate a piece at a time, into a Blob.
 *
 * @example const book = new StreamedWorkbook(); const report = new XlsxReport(book as never, "zh", { rowsAsXml: book.rowsAsXml });
 *          await report.add(evaluate(community)); await report.finish(); const file = book.finish();
 */
export class StreamedWorkbook {
  creator = "";
  private readonly parts: Blob[] = [];
  private chunks: Uint8Array<ArrayBuffer>[] = [];
  private gathered = 0;
  private readonly zip: Zip;
  private readonly sheets: StreamedSheet[] = [];
  private readonly styles = new Styles();
  private readonly encoder = new TextEncoder();
  private failure: Error | undefined;

  /** Takes rows as XML (XlsxReportOptions.rowsAsXml). */
  readonly rowsAsXml: RowsAsXml = {
    styleId: (style, cellType) => this.styleId(style, cellType),
    write: (sheet, xml) => (sheet as unknown as StreamedSheet).write(xml),
  };

  /** `level`: deflate's, 1 (fastest) to 9 (smallest). */
  constructor(private readonly level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6) {
    this.zip = new Zip((error, chunk) => {
      if (error) return void (this.failure ??= error);
      this.chunks.push(chunk as Uint8Array<ArrayBuffer>);
      this.gathered += chunk.length;
      if (this.gathered >= BLOB_PART) this.gather();
    });
  }

  private gather(): void {
    this.parts.push(new Blob(this.chunks));
    this.chunks = [];
    this.gathered = 0;
  }

  encode(text: string): Uint8Array {
    return this.encoder.encode(text);
  }

  styleId(style: Partial<ExcelJS.Style>, cellType: number): number {
    return this.styles.id(style, cellType);
  }

  /** A new part of the zip, deflated. Parts are written one after another: a sheet ends before the next begins. */
  part(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    return file;
  }

  addWorksheet(name: string, options: SheetOptions = {}): StreamedSheet {
    const sheet = new StreamedSheet(this, this.sheets.length + 1, name, options);
    this.sheets.push(sheet);
    return sheet;
  }

  private whole(name: string, text: string): void {
    const file = new ZipPassThrough(name);
    this.zip.add(file);
    file.push(this.encode(text), true);
  }

  /** Ends every sheet and writes the workbook's own parts: the .xlsx file. */
  finish(): Blob {
    for (const sheet of this.sheets) sheet.commit();
    const tabs = [...this.sheets].sort((a, b) => a.orderNo - b.orderNo);
    const sheets = tabs.map((s) => `<sheet name="${xmlText(s.name)}" sheetId="${s.id}" r:id="rId${s.id + 1}"/>`).join("");
    const titles = tabs
      .map((s, i) => {
        const rows = s.options.pageSetup?.printTitlesRow;
        if (rows === undefined) return "";
        const [first, last = first] = rows.split(":");
        return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${s.name.replace(/'/g, "''")}'!$${first}:$${last}`)}</definedName>`;
      })
      .join("");
    this.whole("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ""}<calcPr calcId="171027"/></workbook>`);
    this.whole("xl/styles.xml", this.styles.xml());
    const worksheet = `${RELATIONSHIPS}/worksheet`;
    this.whole("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>${this.sheets.map((s) => `<Relationship Id="rId${s.id + 1}" Type="${worksheet}" Target="worksheets/sheet${s.id}.xml"/>`).join("")}</Relationships>`);
    const overrides = this.sheets.map((s) => `<Override PartName="/xl/worksheets/sheet${s.id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
    this.whole("[Content_Types].xml", `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
    this.whole("_rels/.rels", `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
    const now = `${new Date().toISOString().slice(0, 19)}Z`;
    this.whole("docProps/core.xml", `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`);
    this.zip.end();
    if (this.failure) throw this.failure;
    this.gather();
    return new Blob(this.parts, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  }
}
