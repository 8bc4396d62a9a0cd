/**
 * The gzip budget of every spreadsheet build: 40 KB, as issue 9 asks. It was 44 KB while issue 11's
 * 17 rules (about 2.3 KB gzip) were in and decimal.js whole; leaving out the decimal.js methods the
 * library never calls (src/build/dropUnusedDecimalMethods.ts) saved about 5 KB.
 */
export const GZIP_BUDGET = 40 * 1024;
