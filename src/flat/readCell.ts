import { addDays } from "date-fns";
import { isoDay } from "../dates/isoDay";
import { toIsoDate } from "../dates/toIsoDate";
import { ENUM_LABELS } from "../labels/enumLabels";
import { YEARS } from "../schema/values";
import type { Bilingual } from "../types";
import type { Column } from "./columns";
import { err, readNumber } from "./readNumber";
import { shownValue } from "../labels/shownValue";
import { toHalfWidth } from "./toHalfWidth";
import { jurisdictionOfPlace, kindOfName } from "./placeNames";

/** A cell's value, or why it cannot be read (in both languages). Blank cells never get here. */
export type Read = { value: unknown } | { error: Bilingual };

const TRUE_WORDS = new Set(["true", "是", "1", "yes", "y", "有", "√", "✓", "✔"]);
const FALSE_WORDS = new Set(["false", "否", "0", "no", "n", "无", "×", "✗", "✘"]);
const SPREADSHEET_EPOCH = new Date(1899, 11, 30);

// What offices write in a cell they did not fill in: a dash or a slash, alone.
const NOT_FILLED = /^\s*(?:[-－–—]+|[/／])?\s*$/;

/**
 * A blank cell is missing data: empty, white space, null or undefined, or a lone dash or slash
 * (-, —, /), which offices write for "not filled in".
 */
export function isBlank(cell: unknown): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && NOT_FILLED.test(cell));
}

/** 无 (none) in a cell that counts or lists: 0, or an empty list. Yes/no cells read it as 否 already. */
const isNone = (cell: unknown) => typeof cell === "string" && /^\s*[无無]\s*$/.test(cell);

// A Date cell as text; an invalid Date (what a broken date cell can give) as the words, never a throw.
const dateText = (cell: Date) => (Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString());
const text = (cell: unknown) => (cell instanceof Date ? dateText(cell) : toHalfWidth(String(cell)).trim());
// Lists are separated by ; or the enumeration comma 、 (养老保险、医疗保险).
const split = (cell: unknown) => text(cell).split(/[;、]/).map((part) => part.trim()).filter((part) => part !== "");

function readYear(text: string | undefined): number | undefined {
  const year = Number(text);
  return /^\d{4}$/.test(text ?? "") && year >= YEARS.min && year <= YEARS.max ? year : undefined;
}

function readBoolean(cell: unknown): Read {
  if (typeof cell === "boolean") return { value: cell };
  const word = text(cell).toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  const shown = shownValue(cell);
  return err(`应填 是/否（也可 有/无、√/×、TRUE/FALSE、1/0），收到 ${shown}`, `expected TRUE/FALSE, 是/否, 有/无, √/× or 1/0, received ${shown}`);
}

// 2010-12-31, 2010/12/31, 2010.12.31 and 2010年12月31日 (日 optional).
const DAY = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;

/**
 * A date from a spreadsheet or CSV: a Date (its calendar day), a serial day number (1 = 1899-12-31,
 * as spreadsheets count), or text: 2010-12-31, 2010/12/31, 2010.12.31 or 2010年12月31日.
 *
 * @example readDate(40920) // { value: "2012-01-12" }
 */
export function readDate(cell: unknown): Read {
  try {
    // The schema takes four-digit years: a Date cell of the year 20120 is refused here too.
    if (cell instanceof Date) {
      const day = toIsoDate(cell);
      if (/^\d{4}-/.test(day)) return { value: day };
      throw new RangeError(day);
    }
    if (typeof cell === "number" && Number.isFinite(cell) && cell > 0 && cell < 2958466) return { value: isoDay(addDays(SPREADSHEET_EPOCH, Math.floor(cell))) };
    const parts = DAY.exec(text(cell).replace(/\s+/g, ""));
    if (parts) {
      const [, year, month = parts[4]!, day = parts[5]!] = parts;
      return { value: toIsoDate(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`) };
    }
  } catch {
    // An impossible day such as 2012-02-30 falls through to the error below.
  }
  const shown = shownValue(cell);
  return err(`应为日期（如 2010-12-31、2010/12/31、2010年12月31日），收到 ${shown}`, `expected a date such as 2010-12-31, 2010/12/31 or 2010年12月31日, received ${shown}`);
}

function readEnum(cell: unknown, column: Pick<Column, "values" | "labels">): Read {
  const word = text(cell);
  const values = column.values!;
  if (values.includes(word)) return { value: word };
  const labels: Readonly<Record<string, Bilingual>> = column.labels ? ENUM_LABELS[column.labels] : {};
  const byLabel = values.find((v) => labels[v]?.zh === word);
  if (byLabel !== undefined) return { value: byLabel };
  // Places and kinds as offices write them: 深圳市龙岗区, 广州市越秀区; 社区居委会, 街道办事处.
  const named = column.labels === "jurisdiction" ? jurisdictionOfPlace(word) : column.labels === "kind" ? kindOfName(word) : undefined;
  if (named !== undefined && values.includes(named)) return { value: named };
  const shown = shownValue(cell);
  const zh = values.map((v) => (labels[v] ? `${labels[v].zh}（${v}）` : v)).join("、");
  return err(`应为 ${zh} 之一，收到 ${shown}`, `expected one of ${values.join(", ")}, received ${shown}`);
}

/** Reads every item of a list, or the first item's error. */
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
  const [yearText, passed, ...rest] = item.split(":");
  const ok = readBoolean(passed ?? "");
  const year = readYear(yearText?.trim());
  const shown = shownValue(item);
  if (rest.length > 0 || year === undefined || "error" in ok) return err(`应为 年份:是 或 年份:否（年份 ${YEARS.min}–${YEARS.max}），收到 ${shown}`, `expected year:TRUE or year:FALSE (a year ${YEARS.min}–${YEARS.max}), received ${shown}`);
  return { value: { year, passed: ok.value } };
}

function readOrganization(column: Column) {
  return (item: string): Read => {
    const [category, takes, ...rest] = item.split(":");
    const kind = readEnum(category ?? "", column);
    if ("error" in kind) return kind;
    if (takes === undefined) return { value: { category: kind.value } };
    const flag = readBoolean(takes);
    const shown = shownValue(item);
    if ("error" in flag || rest.length > 0) return err(`应为 类别 或 类别:是，收到 ${shown}`, `expected category or category:TRUE, received ${shown}`);
    return { value: { category: kind.value, takesOnGovernmentAffairs: flag.value } };
  };
}

function readPairedUnit(item: string): Read {
  const colon = item.indexOf(":");
  if (colon < 0) return { value: { name: item } };
  const matters = item.slice(colon + 1).split(",").map((m) => m.trim()).filter((m) => m !== "");
  const practicalMatters = [];
  for (const matter of matters) {
    const parts = /^(\d{4})=(\d+)$/.exec(matter);
    const year = readYear(parts?.[1]);
    const shown = shownValue(item);
    if (!parts || year === undefined || !Number.isSafeInteger(Number(parts[2]))) return err(`应为 单位:年份=件数,年份=件数（年份 ${YEARS.min}–${YEARS.max}），收到 ${shown}`, `expected unit:year=count,year=count (a year ${YEARS.min}–${YEARS.max}), received ${shown}`);
    practicalMatters.push({ year, count: Number(parts[2]) });
  }
  return { value: { name: item.slice(0, colon).trim(), practicalMatters } };
}

function readCount(cell: unknown, column: Column): Read {
  const read = readNumber(cell, column.unit, true);
  if ("error" in read) return read;
  const min = column.min ?? 0;
  if ((read.value as number) < min) return err(`应不小于 ${min}，收到 ${shownValue(cell)}`, `expected a whole number of ${min} or more, received ${shownValue(cell)}`);
  return read;
}

const LISTS = new Set<Column["type"]>(["dates", "enums", "assessments", "civilOrganizations", "pairedUnits"]);

// The error values a spreadsheet shows where a formula failed (or one was typed in).
const SPREADSHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** Reads one non-blank cell as its column says. */
export function readCell(column: Column, cell: unknown): Read {
  if (typeof cell === "string" && SPREADSHEET_ERROR.test(cell.trim())) {
    const shown = cell.trim();
    return err(`单元格是错误值 ${shown}（公式出错）：请改正公式，或直接填写数据`, `the cell holds the error ${shown} (a formula failed): correct the formula, or type the value`);
  }
  if (isNone(cell)) {
    if (column.type === "count") return (column.min ?? 0) > 0 ? err(`应不小于 ${column.min}，收到 "无"`, `expected a whole number of ${column.min} or more, received "无" (none)`) : { value: 0 };
    if (column.type === "amount" || column.type === "area") return { value: 0 };
    if (LISTS.has(column.type)) return { value: [] };
  }
  switch (column.type) {
    case "kind":
    case "enum":
      return readEnum(cell, column);
    case "text":
      return { value: cell instanceof Date ? dateText(cell) : String(cell).trim() };
    case "count":
      return readCount(cell, column);
    case "amount":
    case "area":
      return readNumber(cell, column.unit, false);
    case "boolean":
    case "present":
      return readBoolean(cell);
    case "date":
      return readDate(cell);
    case "dates":
      return cell instanceof Date || typeof cell === "number" ? readList("x", () => readDate(cell)) : readList(cell, readDate);
    case "enums":
      return readList(cell, (item) => readEnum(item, column));
    case "assessments":
      return readList(cell, readAssessment);
    case "civilOrganizations":
      return readList(cell, readOrganization(column));
    case "pairedUnits":
      return readList(cell, readPairedUnit);
  }
}
