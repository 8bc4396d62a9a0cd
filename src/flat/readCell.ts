import { addDays } from "date-fns";
import { isoDay } from "../dates/isoDay";
import { DECIMAL_PATTERN } from "../arithmetic/toExact";
import { toIsoDate } from "../dates/toIsoDate";
import { YEARS } from "../schema/values";
import type { Column } from "./columns";

/** A cell's value, or why it cannot be read. Blank cells never get here. */
export type Read = { value: unknown } | { error: string };

const TRUE_WORDS = new Set(["true", "是", "1", "yes", "y", "有"]);
const FALSE_WORDS = new Set(["false", "否", "0", "no", "n", "无"]);
const SPREADSHEET_EPOCH = new Date(1899, 11, 30);

/** A blank cell is missing data: empty, white space, null or undefined. */
export function isBlank(cell: unknown): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

const text = (cell: unknown) => (cell instanceof Date ? cell.toISOString() : String(cell).trim());
const split = (cell: unknown) => text(cell).split(/[;；]/).map((part) => part.trim()).filter((part) => part !== "");

function readCount(cell: unknown, min = 0): Read {
  const value = typeof cell === "string" && /^\d+$/.test(cell.trim()) ? Number(cell.trim()) : cell;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= min) return { value };
  return { error: `expected a whole number of ${min} or more, received ${JSON.stringify(cell)}` };
}

function readYear(text: string | undefined): number | undefined {
  const year = Number(text);
  return /^\d{4}$/.test(text ?? "") && year >= YEARS.min && year <= YEARS.max ? year : undefined;
}

function readAmount(cell: unknown): Read {
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) return { value: cell };
  // Text stays text, so "1200.10" reaches decimal.js exactly as written.
  if (typeof cell === "string" && DECIMAL_PATTERN.test(cell.trim())) return { value: cell.trim() };
  return { error: `expected a non-negative number such as 1200.5, received ${JSON.stringify(cell)}` };
}

function readBoolean(cell: unknown): Read {
  if (typeof cell === "boolean") return { value: cell };
  const word = text(cell).toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: `expected TRUE/FALSE, 是/否 or 1/0, received ${JSON.stringify(cell)}` };
}

/**
 * A date from a spreadsheet or CSV: a Date (its calendar day), a serial day number (1 = 1899-12-31,
 * as spreadsheets count), or text YYYY-MM-DD (also YYYY/M/D, as Chinese Excel writes it).
 *
 * @example readDate(40920) // { value: "2012-01-12" }
 */
export function readDate(cell: unknown): Read {
  try {
    if (cell instanceof Date) return { value: toIsoDate(cell) };
    if (typeof cell === "number" && Number.isFinite(cell) && cell > 0) return { value: isoDay(addDays(SPREADSHEET_EPOCH, Math.floor(cell))) };
    const parts = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text(cell));
    if (parts) return { value: toIsoDate(`${parts[1]}-${parts[2]!.padStart(2, "0")}-${parts[3]!.padStart(2, "0")}`) };
  } catch {
    // An impossible day such as 2012-02-30 falls through to the error below.
  }
  return { error: `expected a date YYYY-MM-DD, received ${JSON.stringify(cell)}` };
}

function readEnum(cell: unknown, values: readonly string[]): Read {
  const word = text(cell);
  return values.includes(word) ? { value: word } : { error: `expected one of ${values.join(", ")}, received ${JSON.stringify(cell)}` };
}

/** Reads every item of a `;`-separated list, or the first item's error. */
function readList(cell: unknown, readItem: (item: string) => Read): Read {
  const values: unknown[] = [];
  for (const item of split(cell)) {
    const read = readItem(item);
    if ("error" in read) return read;
    values.push(read.value);
  }
  return { value: values };
}

function readAssessment(item: string): Read {
  const [yearText, passed, ...rest] = item.split(/[:：]/);
  const ok = readBoolean(passed ?? "");
  const year = readYear(yearText);
  if (rest.length > 0 || year === undefined || "error" in ok) return { error: `expected year:TRUE or year:FALSE (a year ${YEARS.min}–${YEARS.max}), received ${JSON.stringify(item)}` };
  return { value: { year, passed: ok.value } };
}

function readOrganization(values: readonly string[]) {
  return (item: string): Read => {
    const [category, takes, ...rest] = item.split(/[:：]/);
    const kind = readEnum(category ?? "", values);
    if ("error" in kind) return kind;
    if (takes === undefined) return { value: { category: kind.value } };
    const flag = readBoolean(takes);
    if ("error" in flag || rest.length > 0) return { error: `expected category or category:TRUE, received ${JSON.stringify(item)}` };
    return { value: { category: kind.value, takesOnGovernmentAffairs: flag.value } };
  };
}

function readPairedUnit(item: string): Read {
  const colon = item.search(/[:：]/);
  if (colon < 0) return { value: { name: item } };
  const matters = item.slice(colon + 1).split(/[,，]/).map((m) => m.trim()).filter((m) => m !== "");
  const practicalMatters = [];
  for (const matter of matters) {
    const parts = /^(\d{4})=(\d+)$/.exec(matter);
    const year = readYear(parts?.[1]);
    if (!parts || year === undefined) return { error: `expected unit:year=count,year=count (a year ${YEARS.min}–${YEARS.max}), received ${JSON.stringify(item)}` };
    practicalMatters.push({ year, count: Number(parts[2]) });
  }
  return { value: { name: item.slice(0, colon).trim(), practicalMatters } };
}

/** Reads one non-blank cell as its column says. */
export function readCell(column: Column, cell: unknown): Read {
  switch (column.type) {
    case "kind":
    case "enum":
      return readEnum(cell, column.values!);
    case "text":
      return { value: text(cell) };
    case "count":
      return readCount(cell, column.min);
    case "amount":
    case "area":
      return readAmount(cell);
    case "boolean":
    case "present":
      return readBoolean(cell);
    case "date":
      return readDate(cell);
    case "dates":
      return cell instanceof Date || typeof cell === "number" ? readList("x", () => readDate(cell)) : readList(cell, readDate);
    case "enums":
      return readList(cell, (item) => readEnum(item, column.values!));
    case "assessments":
      return readList(cell, readAssessment);
    case "civilOrganizations":
      return readList(cell, readOrganization(column.values!));
    case "pairedUnits":
      return readList(cell, readPairedUnit);
  }
}
