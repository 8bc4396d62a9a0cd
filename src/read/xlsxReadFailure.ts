import type { Bilingual } from "../types";
import { XlsxLimitError } from "./xlsx/limits";

// What the workbook reader (src/read/xlsx) says of a file it cannot read, by what a clerk can do about it.
const CAUSES: readonly [RegExp, Bilingual][] = [
  // An OLE compound file (d0 cf 11 e0) read as a zip: an old .xls, or a WPS .et, renamed.
  // A workbook with a password to open is such a file too.
  [/^invalid signature: 0xe011cfd0$/, { zh: "这是旧版 .xls、WPS 的 .et 文件或设置了打开密码的工作簿，只是扩展名写成了 .xlsx：请在 WPS 或 Excel 中取消密码，并“另存为”Excel 工作簿（.xlsx）", en: "this is an old .xls, a WPS .et file or a workbook with a password to open, named .xlsx: remove the password and save it as an Excel workbook (.xlsx) in WPS or Excel" }],
  [/^invalid signature: /, { zh: "这不是 .xlsx 工作簿（.xlsx 是 zip 压缩包，这个文件不是；CSV 文件请用 .csv 扩展名）", en: "this is not an .xlsx workbook (an .xlsx file is a zip archive, this is not; a CSV file needs the .csv extension)" }],
  // JSZip finds no zip directory: a file cut short, or no zip at all (the page tells an .xls apart first).
  [/^(FILE_ENDED|End of data reached|Can't find end of central directory|Corrupted zip: can't find end of central directory)/, { zh: "文件不完整：是空的，或只有开头一部分（可能没有保存完，或复制、下载时中断）", en: "the file is incomplete: empty, or only its beginning (not fully saved, or cut short when copied or downloaded)" }],
  [/^(invalid (compressed data|block type|distance|code|stored block|literal|bit length|code lengths)|incorrect header check|unexpected end of file|too many length|Corrupted zip|unsupported compression method)/i, { zh: "文件已损坏：压缩的数据有误", en: "the file is damaged: its compressed data is wrong" }],
  [/^encrypted zip entry/, { zh: "文件中的数据加了密：请在 WPS 或 Excel 中取消密码后另存为 .xlsx", en: "the file's data is encrypted: remove the password in WPS or Excel and save it as .xlsx" }],
  [/^no workbook part/, { zh: "这不是 Excel 工作簿：压缩包中没有工作簿（xl/workbook.xml）", en: "this is not an Excel workbook: the zip holds no workbook (xl/workbook.xml)" }],
  [/^no worksheet$/, { zh: "工作簿中没有工作表", en: "the workbook has no worksheet" }],
  [/^xml: /, { zh: "文件已损坏：工作表的内容（XML）有误", en: "the file is damaged: a sheet's content (XML) is wrong" }],
];

/**
 * Why an .xlsx file cannot be read, in words a clerk can act on, with the reader's own words after.
 * A workbook past a reading limit (XLSX_LIMITS) says which, and that the limit guards memory.
 *
 * @example xlsxReadFailure("FILE_ENDED").zh // "无法读取 .xlsx 文件：文件不完整：…（FILE_ENDED）"
 */
export function xlsxReadFailure(error: unknown): Bilingual {
  if (error instanceof XlsxLimitError) {
    return {
      zh: `无法读取 .xlsx 文件：${error.words.zh}，超出了读取上限（为防止异常文件耗尽内存而设）。请检查该工作簿，或在 WPS、Excel 中另存为 CSV（UTF-8）再检查`,
      en: `cannot read the .xlsx file: ${error.words.en}, past a reading limit (set so that a hostile file cannot exhaust memory). Check the workbook, or save it as CSV (UTF-8) in WPS or Excel and check that`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  const cause = CAUSES.find(([pattern]) => pattern.test(reason))?.[1];
  if (cause === undefined) return { zh: `无法读取 .xlsx 文件（${reason}）；WPS 的 .et 文件请先另存为 .xlsx`, en: `cannot read the .xlsx file (${reason}); save a WPS .et file as .xlsx first` };
  return { zh: `无法读取 .xlsx 文件：${cause.zh}（${reason}）`, en: `cannot read the .xlsx file: ${cause.en} (${reason})` };
}
