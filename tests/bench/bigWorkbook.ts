import type * as ExcelJS from "exceljs";
import { excel } from "../../src/cli/excel";
import { COLUMN_LABELS } from "../../src/labels/columnLabels";
import { COLUMNS } from "../../src/flat/columns";
import { TEMPLATE_ROWS } from "../../src/examples/templateRows";

/**
 * Writes an .xlsx of `rows` subjects (the template's example rows over and over, each with its own
 * id) under Chinese headers, streamed, so the file itself is built in flat memory.
 */
export async function writeBigWorkbook(file: string, rows: number): Promise<void> {
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet("数据");
  sheet.addRow(COLUMNS.map((c) => COLUMN_LABELS[c.name])).commit();
  for (let i = 0; i < rows; i++) {
    const example = TEMPLATE_ROWS[i % TEMPLATE_ROWS.length]!;
    sheet.addRow(COLUMNS.map((c) => (c.name === "id" ? `${example.id}-${i}` : (example[c.name] ?? null)))).commit();
  }
  await sheet.commit();
  await workbook.commit();
}
