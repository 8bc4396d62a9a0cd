// A workbook as a street office keeps it (issue 20): a cover sheet, a merged title, a blank row,
// 序号 and 备注 columns, numbers stored as text, "-" and "/" for cells not filled in, a 合计 row at
// the end, holding the template's own rows. The command line's and the page's tests read it.
import type * as ExcelJS from "exceljs";
import { excel } from "../../src/cli/excel";

export const TEMPLATE = new URL("../../examples/template.xlsx", import.meta.url).pathname;

/** The template's 数据 sheet: its Chinese header and its example rows. */
async function templateRows(): Promise<{ header: string[]; rows: unknown[][] }> {
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.readFile(TEMPLATE);
  const sheet = workbook.getWorksheet("数据")!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const header = values(1) as string[];
  const rows: unknown[][] = [];
  for (let n = 3; n <= sheet.rowCount; n++) rows.push(header.map((_, i) => values(n)[i] ?? null));
  return { header, rows };
}

/** Writes the office-style copy of the template to `file`. */
export async function officeWorkbook(file: string): Promise<void> {
  const { header, rows } = await templateRows();
  const workbook = new (excel().Workbook)();
  workbook.addWorksheet("封面").addRows([["南湾街道社区建设情况统计"], [], ["南湾街道办事处 填报"], ["2013年1月"]]);
  const data = workbook.addWorksheet("社区情况");
  const width = header.length + 2;
  data.addRow(["南湾街道社区建设情况统计表"]);
  data.mergeCells(1, 1, 1, width);
  data.addRow([]);
  data.addRow(["序号", ...header, "备注"]);
  rows.forEach((row, i) => {
    const cells = row.map((cell, c) => {
      // Not filled in, as offices mark it: alternately "-" and "/".
      if (cell === null || cell === "") return (i + c) % 2 === 0 ? "-" : "/";
      // Numbers stored as text, as a pasted table has them.
      if (typeof cell === "number" && c % 3 === 0) return String(cell);
      return cell as ExcelJS.CellValue;
    });
    data.addRow([i + 1, ...cells, i === 0 ? "已核实" : null]);
    if (i === 1) data.addRow([]);
  });
  data.addRow(["", "", "合计", ...header.slice(2).map(() => null)]);
  await workbook.xlsx.writeFile(file);
}

