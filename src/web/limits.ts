// The page reads a workbook as it reads CSV and JSON: streamed, each part inflated as it is parsed
// (src/read/xlsx), within the reader's own limits (XLSX_LIMITS), so a file's size alone says
// nothing of its memory: a 20 MB photo in a survey workbook is never read. (A 12 MB limit on the
// file, set while exceljs read workbooks whole in the browser, refused such workbooks until
// 2026-12-03.)

/**
 * The most findings the page writes into an .xlsx report. exceljs's browser build holds the whole
 * workbook's cells in memory (no streaming writer): 296,000 findings (20,000 template rows) took
 * 21.9 s in Chromium; 888,000 (60,000 rows) gave no file after 4 minutes (2026-12-03). Past this
 * the page says so and points to the CSV download, which streams, or the command line's .xlsx.
 */
export const MAX_XLSX_FINDINGS = 300_000;
