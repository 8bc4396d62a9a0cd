import type * as ExcelJS from "exceljs";

/** A cell of a worksheet as the flat format reads it: formulas give their cached value, dates their calendar day. */
export function xlsxCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  // exceljs reads a date cell as midnight UTC of its day, whatever the machine's time zone.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : value.toISOString().slice(0, 10);
  if (typeof value !== "object") return value;
  if ("result" in value) return xlsxCellValue(value.result as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return undefined; // a formula never calculated: no value
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : xlsxCellValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return String(value);
}

/**
 * A worksheet row's cells as the flat format reads them. exceljs's `row.values` starts at index 1.
 *
 * @example xlsxRowCells([undefined, "c1", 12500]) // ["c1", 12500]
 */
export function xlsxRowCells(values: readonly ExcelJS.CellValue[]): unknown[] {
  return Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => xlsxCellValue(values[i + 1]));
}
