/**
 * The largest .xlsx the page reads: a workbook is unzipped and parsed whole in the browser
 * (exceljs's browser build has no streaming reader). Measured in Chromium (2026-12-03): 3.9 MB
 * (100,000 rows) checked in 9 s, 11.5 MB (300,000 rows) in 29 s; a larger one risks the tab's
 * memory. CSV and JSON stream, unbounded.
 */
export const MAX_XLSX_BYTES = 12 * 1024 * 1024;

/**
 * The most findings the page writes into an .xlsx report. exceljs's browser build holds the whole
 * workbook's cells in memory (no streaming writer): 296,000 findings (20,000 template rows) took
 * 21.9 s in Chromium; 888,000 (60,000 rows) gave no file after 4 minutes (2026-12-03). Past this
 * the page says so and points to the CSV download, which streams, or the command line's .xlsx.
 */
export const MAX_XLSX_FINDINGS = 300_000;
