const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The last day Excel shows, 9999-12-31: serial 2,958,465 in the 1900 system. */
const LAST_SERIAL = 2_958_465;

/**
 * The calendar day (YYYY-MM-DD) of a date serial as Excel and WPS show it. In the 1900 system day 1
 * is 1900-01-01 and day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year error, kept
 * by Excel): it is given as written, for the date reader to refuse, and days before it are not
 * shifted. In the 1904 system (`date1904`, old Mac workbooks) day 0 is 1904-01-01. The time of day
 * is dropped; serial 0 (Excel's "1900-01-00") and negative serials have no day.
 *
 * @example excelSerialDay(40543, false) // "2010-12-31"
 * @example excelSerialDay(59, false) // "1900-02-28"; excelSerialDay(61, false) // "1900-03-01"
 * @example excelSerialDay(39081, true) // "2010-12-31"
 */
export function excelSerialDay(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  if (date1904 ? days < 0 || days > LAST_SERIAL - 1462 : days < 1 || days > LAST_SERIAL) return undefined;
  if (!date1904 && days === 60) return "1900-02-29";
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const day = new Date(epoch + days * DAY);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones WPS uses). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 54, 57, 58]);

/**
 * Whether a number format shows a calendar day: a built-in date format, or a format code with a
 * year, a day or a month name in it once its quoted text, escapes and [brackets] are taken out.
 * Times of day alone (h:mm) and numbers are not dates.
 *
 * @example isDateFormat(14) // true; isDateFormat(164, 'yyyy"年"m"月"d"日"') // true; isDateFormat(2) // false
 */
export function isDateFormat(id: number, code?: string): boolean {
  if (code === undefined) return DATE_FORMAT_IDS.has(id);
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  // A format's first section decides; the others are for negatives, zero and text.
  const first = bare.split(";")[0]!.replace(/general/gi, "").replace(/e[+-]/gi, "");
  return /[yde]/i.test(first) || /mmm/i.test(first);
}
