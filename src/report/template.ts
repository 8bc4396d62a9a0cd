import type * as ExcelJS from "exceljs";
import { toCsvLine } from "../csv/toCsvLine";
import { TEMPLATE_ROWS } from "../examples/templateRows";
import { COLUMN_DOCS } from "../flat/columnDocs";
import { COLUMN_LABELS } from "../labels/columnLabels";
import { COLUMNS, type Column } from "../flat/columns";
import { readCell } from "../flat/readCell";
import { ENUM_LABELS } from "../labels/enumLabels";
import { yesNoWord } from "../labels/yesNoWord";
import type { Bilingual } from "../types";

/** Rows of the template's data sheet that carry validation lists, below the two header rows. */
const VALIDATED_ROWS = 2000;

/**
 * The CSV template: the workbook's Chinese headers and its example rows as a person reads them
 * (是/否, 党支部, dates), UTF-8 with a BOM so Excel and WPS show Chinese. `check` reads it back.
 */
export function templateCsv(): string {
  const shown = (column: Column, text: string | undefined) => {
    const cell = templateCell(column, text);
    return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null ? "" : String(cell);
  };
  const lines = [COLUMNS.map((c) => COLUMN_LABELS[c.name]!), ...TEMPLATE_ROWS.map((row) => COLUMNS.map((c) => shown(c, row[c.name])))];
  return `\uFEFF${lines.map((line) => `${toCsvLine(line)}\r\n`).join("")}`;
}

const enumLabels = (column: Column): readonly string[] => {
  const labels: Readonly<Record<string, Bilingual>> = column.labels ? ENUM_LABELS[column.labels] : {};
  return column.values!.map((v) => labels[v]?.zh ?? v);
};

/** What a cell of the column may hold, in the words of the 说明 sheet and the header's note. */
export function acceptedForms(column: Column): string {
  switch (column.type) {
    case "kind":
    case "enum":
      return `${enumLabels(column).join("、")}（也可填代码 ${column.values!.join(", ")}）`;
    case "enums":
      return `${enumLabels(column).join("、")} 中的若干项，用 ; 或 、 分隔`;
    case "count":
      return `不小于 ${column.min ?? 0} 的整数；可写全角数字、千位分隔符（12,000）、单位（如 120人）或“万”${(column.min ?? 0) === 0 ? "；没有填 0 或 无" : ""}`;
    case "amount":
    case "area":
      return "不小于 0 的数；可写全角数字、千位分隔符、单位（如 120㎡、120平方米、3万元），单位须与本列相符；没有填 0 或 无";
    case "boolean":
    case "present":
      return "是/否（也可 有/无、√/×、TRUE/FALSE、1/0）";
    case "date":
      return "日期：2010-12-31、2010/12/31、2010.12.31、2010年12月31日 或日期单元格";
    case "dates":
      return "若干日期，用 ; 分隔；一次也没有填 无";
    case "assessments":
      return "年份:是 或 年份:否，用 ; 分隔（如 2011:是;2012:否）";
    case "civilOrganizations":
      return `类别（${enumLabels(column).join("、")}），用 ; 分隔；专业类承接政府事务写 专业类:是`;
    case "pairedUnits":
      return "单位:年份=件数,年份=件数，用 ; 分隔（如 区医院:2011=2,2012=3）";
    case "text":
      return "文字";
  }
}

// Example cells typed as a spreadsheet would hold them: numbers, dates, 是/否, Chinese enum labels.
function templateCell(column: Column, text: string | undefined): ExcelJS.CellValue {
  if (text === undefined || text === "") return null;
  const read = readCell(column, text);
  if ("error" in read) return text;
  const value = read.value;
  if (column.type === "boolean" || column.type === "present") return yesNoWord(value as boolean, "zh");
  if (column.type === "date") return new Date(`${value as string}T00:00:00Z`);
  if ((column.type === "enum" || column.type === "kind") && column.labels) return (ENUM_LABELS[column.labels] as Record<string, Bilingual>)[value as string]?.zh ?? text;
  if (column.type === "count" || column.type === "amount" || column.type === "area") return Number(value);
  return text;
}

function validationOf(column: Column): ExcelJS.DataValidation | undefined {
  // A warning, not a stop: a cell may hold what the list or the number check does not know (120人,
  // 1.2万, 深圳市龙岗区, 2012年2月3日, 无) and check reads it; WPS and Excel let the clerk go on.
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "warning", errorTitle: COLUMN_LABELS[column.name] };
  const orAsNoted = "；也可按批注中的写法填写（如 120人、1.2万、无），选“是”继续";
  switch (column.type) {
    case "boolean":
    case "present":
      return { ...base, type: "list", formulae: ['"是,否"'], error: "请选择 是 或 否（也可 有/无、√/×）；选“是”继续" };
    case "kind":
    case "enum":
      return { ...base, type: "list", formulae: [`"${enumLabels(column).join(",")}"`], error: `请从列表中选择：${enumLabels(column).join("、")}${column.labels === "jurisdiction" ? "（也可写 龙岗区、深圳市龙岗区、广州市越秀区、临沂市、敦煌市 等）" : ""}；选“是”继续` };
    case "count":
      return { ...base, type: "whole", operator: "greaterThanOrEqual", formulae: [column.min ?? 0], error: `请填写不小于 ${column.min ?? 0} 的整数${orAsNoted}` };
    case "amount":
    case "area":
      return { ...base, type: "decimal", operator: "greaterThanOrEqual", formulae: [0], error: `请填写不小于 0 的数${orAsNoted}` };
    case "date":
      return { ...base, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], error: "请填写日期，如 2010-12-31（也可写 2010年12月31日）；选“是”继续" };
    default:
      return undefined;
  }
}

function noteOf(column: Column): string {
  const doc = COLUMN_DOCS[column.name]!;
  return [`字段名：${column.name}`, `说明：${doc.zh}`, ...(doc.unit ? [`单位：${doc.unit}`] : []), `可填：${acceptedForms(column)}`, "不知道的留空，或填 - 或 /：都是“数据缺失”，不当作 0"].join("\n");
}

// exceljs keeps data validations on the worksheet but its types do not declare them.
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

const KIND_WORDS = (column: Column) => column.kinds.map((k) => ENUM_LABELS.kind[k].zh).join("、");

/**
 * The input template as a workbook: a 数据 sheet (Chinese headers, the dot-path names in a grey
 * second row, a note per header with its unit and accepted forms, validation lists, the example
 * rows) and a 说明 sheet describing every column. `check` reads it back as it is. `Workbook` is
 * exceljs's: the command line's (Node) or the page's (its browser build).
 *
 * @example await templateWorkbook(ExcelJS.Workbook).xlsx.writeFile("模板.xlsx")
 */
export function templateWorkbook(Workbook: typeof ExcelJS.Workbook): ExcelJS.Workbook {
  const workbook = new Workbook();
  workbook.creator = "community-standards-cn";
  const data = workbook.addWorksheet("数据", { views: [{ state: "frozen", ySplit: 2, xSplit: 3 }] });
  data.addRow(COLUMNS.map((c) => COLUMN_LABELS[c.name]));
  data.addRow(COLUMNS.map((c) => c.name));
  for (const row of TEMPLATE_ROWS) data.addRow(COLUMNS.map((c) => templateCell(c, row[c.name])));
  const labels = data.getRow(1);
  labels.font = { bold: true };
  const names = data.getRow(2);
  names.font = { color: { argb: "FF808080" }, size: 9, italic: true };
  COLUMNS.forEach((column, i) => {
    const sheetColumn = data.getColumn(i + 1);
    sheetColumn.width = Math.max(10, Math.min(28, [...COLUMN_LABELS[column.name]!].length * 2 + 2));
    if (column.type === "date") sheetColumn.numFmt = "yyyy-mm-dd";
    const header = labels.getCell(i + 1);
    header.note = noteOf(column);
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    const validation = validationOf(column);
    if (validation) validations(data).add(`${sheetColumn.letter}3:${sheetColumn.letter}${VALIDATED_ROWS + 2}`, validation);
  });

  const guide = workbook.addWorksheet("说明", { views: [{ state: "frozen", ySplit: 1 }] });
  guide.columns = [
    { header: "中文列名", width: 28 },
    { header: "字段名", width: 44 },
    { header: "适用主体", width: 20 },
    { header: "单位", width: 16 },
    { header: "说明", width: 48 },
    { header: "可填写的形式", width: 70 },
    { header: "English", width: 44 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of COLUMNS) {
    const doc = COLUMN_DOCS[column.name]!;
    guide.addRow([COLUMN_LABELS[column.name], column.name, KIND_WORDS(column), doc.unit ?? "", doc.zh, acceptedForms(column), doc.en]);
  }
  guide.addRow([]);
  guide.addRow(["每行一个主体（社区、街道、区、市或住宅项目）；空白单元格表示数据缺失，不当作 0。表头可用中文列名或字段名，第 2 行的字段名可以保留或删除。"]);
  return workbook;
}
