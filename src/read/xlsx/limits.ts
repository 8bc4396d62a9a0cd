import type { Bilingual } from "../../types";

/**
 * What a workbook may hold before the reader stops, so that memory and time stay bounded on any
 * file (a zip bomb included). Excel's own limits where it has them: 1,048,576 rows, 16,384 columns,
 * 32,767 characters in a cell. The rest leave room for any workbook an office keeps, many times
 * over: a street office's sheet of a few hundred communities is a few hundred kilobytes of XML.
 */
export const XLSX_LIMITS = Object.freeze({
  /** Parts (files) in the zip. A workbook has tens. */
  entries: 10_000,
  /** Inflated bytes of a part read whole: the workbook, its relationships, styles. */
  partBytes: 16 * 1024 * 1024,
  /** Inflated bytes of the shared strings part, every text of the workbook once. */
  sharedStringsBytes: 256 * 1024 * 1024,
  /** Shared strings. */
  sharedStrings: 2_000_000,
  /** Inflated bytes of one worksheet, streamed: a full sheet of 1,048,576 rows of 40 cells is about 4 GB. */
  sheetBytes: 8 * 1024 * 1024 * 1024,
  /** Characters in a cell (Excel's limit). */
  cellCharacters: 32_767,
  /** Characters of XML markup or text between two tags: a cell's XML is far shorter. */
  tokenCharacters: 1024 * 1024,
  rows: 1_048_576,
  columns: 16_384,
  /** Merged ranges in a sheet, and the cells they fill in all. */
  merges: 100_000,
  mergedCells: 4_000_000,
});

export type XlsxLimit = "entries" | "partBytes" | "sharedStringsBytes" | "sharedStrings" | "sheetBytes" | "cellCharacters" | "tokenCharacters" | "rows" | "columns" | "merges" | "mergedCells";

const WORDS: Readonly<Record<string, Bilingual>> = {
  entries: { zh: "压缩包中的文件过多", en: "too many files in the zip" },
  partBytes: { zh: "工作簿的某个部件解压后过大", en: "a part of the workbook inflates too large" },
  sharedStringsBytes: { zh: "共享文本（sharedStrings）解压后过大", en: "the shared strings inflate too large" },
  sharedStrings: { zh: "共享文本（sharedStrings）条数过多", en: "too many shared strings" },
  sheetBytes: { zh: "工作表解压后过大", en: "a worksheet inflates too large" },
  cellCharacters: { zh: "有单元格的内容超过 Excel 的上限 32767 个字符", en: "a cell holds more than Excel's 32,767 characters" },
  tokenCharacters: { zh: "工作表的 XML 中有一段文字或标记过长", en: "a run of text or markup in the worksheet's XML is too long" },
  rows: { zh: "行号超过 Excel 的上限 1048576 行", en: "a row number beyond Excel's 1,048,576 rows" },
  columns: { zh: "列超过 Excel 的上限 16384 列（XFD）", en: "a column beyond Excel's 16,384 (XFD)" },
  merges: { zh: "合并单元格区域过多", en: "too many merged ranges" },
  mergedCells: { zh: "合并单元格覆盖的单元格过多", en: "merged ranges cover too many cells" },
};

/**
 * A workbook past one of XLSX_LIMITS: read no further, and say which limit in Chinese and English.
 * The message begins "limit:" so that xlsxReadFailure can tell it from a damaged file.
 */
export class XlsxLimitError extends Error {
  readonly words: Bilingual;
  constructor(
    readonly limit: XlsxLimit | string,
    readonly reached: number,
  ) {
    const words = WORDS[limit] ?? { zh: `超出读取上限（${limit}）`, en: `past a reading limit (${limit})` };
    const bound = (XLSX_LIMITS as Record<string, number>)[limit];
    super(`limit: ${words.en}${bound === undefined ? "" : ` (over ${bound.toLocaleString("en-US")})`}`);
    this.words = words;
  }
}
