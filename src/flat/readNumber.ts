import { Decimal } from "decimal.js";
import { AMOUNT_DIGITS, DECIMAL_PATTERN, isExactAmount } from "../arithmetic/toExact";
import { wholeOf } from "../arithmetic/wholeOf";
import type { Bilingual } from "../types";
import type { CellUnit } from "./columns";
import { shownValue } from "../labels/shownValue";
import { toHalfWidth } from "./toHalfWidth";

/** A figure read from a cell: a number as typed in a spreadsheet, or exact decimal text. */
export type NumberRead = { value: number | string } | { error: Bilingual };

/** What a person may write after a figure, for each unit; the first is the unit's own name. */
const UNIT_WORDS: Readonly<Record<CellUnit, readonly string[]>> = {
  m2: ["平方米", "平米", "平方", "㎡", "m²", "m2"],
  yuan: ["元"],
  "yuan-per-m2": ["元/平方米", "元/平米", "元/㎡", "元/m²", "元/m2", "元每平方米"],
  people: ["人", "名", "位"],
  households: ["户"],
  beds: ["张"],
  count: ["个"],
  phase: ["期"],
};
const ALL_WORDS = Object.entries(UNIT_WORDS)
  .flatMap(([unit, words]) => words.map((word) => ({ unit: unit as CellUnit, word: word.toLowerCase() })))
  .sort((a, b) => b.word.length - a.word.length);

// Digits with optional thousands separators (every group of three), an optional fraction, then
// anything else (万, a unit, %) to be read apart.
const FIGURE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*([^\d,.\s].*))?$/;

/** A cell that cannot be read, and why, in both languages. */
export const err = (zh: string, en: string): { error: Bilingual } => ({ error: { zh, en } });

/**
 * A non-negative figure from a cell as offices type it: `120`, `１２０`, `12,000`, `12，000`,
 * `120㎡`, `120平方米`, `3万元` (万 is multiplied exactly). A unit that is not the column's own,
 * a percentage, a negative figure or a fraction where a whole number is due is an error.
 *
 * @example readNumber("1.2万元", "yuan", false) // { value: "12000" }
 */
export function readNumber(cell: unknown, unit: CellUnit | undefined, whole: boolean): NumberRead {
  // The cell as a message echoes it, worked out only for a message: most cells are read without one.
  const shown = () => shownValue(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return err(`应为不小于 0 的数，收到 ${shown()}`, `expected a non-negative number, received ${shown()}`);
    if (whole && !Number.isSafeInteger(cell)) return err(`应为整数，收到 ${shown()}`, `expected a whole number, received ${shown()}`);
    if (!whole && !isExactAmount(cell)) return err(`整数最多 ${AMOUNT_DIGITS.integer} 位、小数最多 ${AMOUNT_DIGITS.fraction} 位，收到 ${shown()}`, `at most ${AMOUNT_DIGITS.integer} digits before the point and ${AMOUNT_DIGITS.fraction} after, received ${shown()}`);
    return { value: cell };
  }
  const text = toHalfWidth(String(cell)).trim();
  // Plain digits (up to 15), as most cells are: read as FIGURE would read them, without Decimal.
  const plain = wholeOf(text);
  if (plain !== undefined) return { value: whole ? plain : text };
  const parts = FIGURE.exec(text);
  if (!parts) return whole ? err(`应为整数（如 1200 或 1,200），收到 ${shown()}`, `expected a whole number such as 1200 or 1,200, received ${shown()}`) : err(`应为数字（如 1200 或 1,200.5），收到 ${shown()}`, `expected a number such as 1200 or 1,200.5, received ${shown()}`);
  const [, sign, digits, fraction = "", rest = ""] = parts;
  if (sign === "-") return err(`不能为负数，收到 ${shown()}`, `must not be negative, received ${shown()}`);
  let suffix = rest.trim();
  if (suffix.startsWith("%")) return err(`本列不填百分比，请填数值，收到 ${shown()}`, `this column takes a figure, not a percentage, received ${shown()}`);
  const tenThousands = suffix.startsWith("万");
  if (tenThousands) suffix = suffix.slice(1).trim();
  if (suffix !== "") {
    const found = ALL_WORDS.find((w) => w.word === suffix.toLowerCase());
    const own = unit ? UNIT_WORDS[unit][0]! : "";
    if (suffix.length > 12) suffix = `${suffix.slice(0, 12)}…`;
    if (!found) return err(`无法识别单位「${suffix}」${own ? `，本列单位为${own}` : ""}，收到 ${shown()}`, `unknown unit "${suffix}"${own ? ` (this column is in ${own})` : ""}, received ${shown()}`);
    if (found.unit !== unit) return err(`单位「${suffix}」与本列不符${own ? `（本列单位为${own}）` : ""}，收到 ${shown()}`, `the unit "${suffix}" does not fit this column${own ? ` (it is in ${own})` : ""}, received ${shown()}`);
  }
  let exact = new Decimal(`${digits!.replace(/,/g, "")}${fraction}`);
  if (tenThousands) exact = exact.times(10000);
  if (whole && !exact.isInteger()) return err(`应为整数，收到 ${shown()}`, `expected a whole number, received ${shown()}`);
  if (whole) return exact.lte(Number.MAX_SAFE_INTEGER) ? { value: exact.toNumber() } : err(`数值过大，收到 ${shown()}`, `too large, received ${shown()}`);
  // Text stays text, so "1200.10" reaches decimal.js exactly as written.
  const written = tenThousands ? exact.toFixed() : `${digits!.replace(/,/g, "")}${fraction}`;
  if (!DECIMAL_PATTERN.test(written)) return err(`整数最多 ${AMOUNT_DIGITS.integer} 位、小数最多 ${AMOUNT_DIGITS.fraction} 位，收到 ${shown()}`, `at most ${AMOUNT_DIGITS.integer} digits before the point and ${AMOUNT_DIGITS.fraction} after, received ${shown()}`);
  return { value: written };
}
