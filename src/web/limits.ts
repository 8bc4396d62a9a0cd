// The page reads a workbook as it reads CSV and JSON: streamed, each part inflated as it is parsed
// (src/read/xlsx), within the reader's own limits (XLSX_LIMITS), so a file's size alone says
// nothing of its memory: a 20 MB photo in a survey workbook is never read. (A 12 MB limit on the
// file, set while exceljs read workbooks whole in the browser, refused such workbooks until
// 2026-12-03.)

/**
 * The most findings the page writes into an .xlsx report. It streams (src/report/streamedWorkbook.ts):
 * in Chromium (2026-12-03) 950,000 findings (25,000 full profiles) took 22 s for a 94 MB file, and
 * 3,800,000 (100,000 profiles, four 明细 sheets) 125 s for 376 MB with the browser 650 MB larger while
 * writing. Past this the wait is many minutes and the file more sheets of a million rows than WPS or
 * Excel open comfortably: the page says so and points to the CSV download, which has no limit.
 * (Until 2026-12-03 exceljs's in-memory workbook held every cell, and the limit was 300,000.)
 */
export const MAX_XLSX_FINDINGS = 4_000_000;
