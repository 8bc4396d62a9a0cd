/**
 * The largest .xlsx the page reads: a workbook is unzipped and parsed whole in the browser
 * (exceljs's browser build has no streaming reader). Measured in Chromium (2026-12-03): 3.9 MB
 * (100,000 rows) checked in 9 s, 11.5 MB (300,000 rows) in 29 s; a larger one risks the tab's
 * memory. CSV and JSON stream, unbounded.
 */
export const MAX_XLSX_BYTES = 12 * 1024 * 1024;
