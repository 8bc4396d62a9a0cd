import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { excel } from "../../src/cli/excel";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main";
import { runCli } from "./runCli";
import { STATUS_FILL, XlsxReport } from "../../src/cli/xlsxReport";
import { templateWorkbook as templateOf } from "../../src/report/template";

const templateWorkbook = () => templateOf(excel().Workbook);
import { COLUMN_LABELS } from "../../src/labels/columnLabels";
import { COLUMNS } from "../../src/flat/columns";
import { documents, evaluate } from "../../src/index";
import type { Report } from "../../src/types";

const dir = mkdtempSync(join(tmpdir(), "community-standards-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEMPLATE_CSV = new URL("../../examples/template.csv", import.meta.url).pathname;
const TEMPLATE_XLSX = new URL("../../examples/template.xlsx", import.meta.url).pathname;

const run = runCli;

async function open(file: string) {
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
const columnOf = (name: string) => COLUMNS.findIndex((c) => c.name === name) + 1;

/** Writes a workbook whose first sheet holds the given rows. */
async function workbookOf(name: string, rows: unknown[][], sheets: string[] = ["Sheet1"]) {
  const workbook = new (excel().Workbook)();
  for (const sheetName of sheets) {
    const sheet = workbook.addWorksheet(sheetName);
    if (sheetName === sheets[sheets.length - 1]) for (const row of rows) sheet.addRow(row);
  }
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("the input template (community-standards template)", () => {
  it("has a 数据 sheet headed by Chinese labels over the dot-path names, and a 说明 sheet", async () => {
    const file = join(dir, "模板.xlsx");
    expect((await run("template", "--output", file)).code).toBe(EXIT.ok);
    const workbook = await open(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["数据", "说明"]);
    const data = workbook.getWorksheet("数据")!;
    expect(rowValues(data, 1)).toEqual(COLUMNS.map((c) => COLUMN_LABELS[c.name]));
    expect(rowValues(data, 2)).toEqual(COLUMNS.map((c) => c.name));
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(workbook.getWorksheet("说明")!.rowCount).toBeGreaterThan(COLUMNS.length);
  });

  it("notes each header with its name, unit and accepted forms", () => {
    const data = templateWorkbook().getWorksheet("数据")!;
    const note = (name: string) => String(data.getRow(1).getCell(columnOf(name)).note);
    expect(note("area.office")).toMatch(/字段名：area\.office[\s\S]*单位：平方米 \/ m²[\s\S]*可填：.*120㎡/);
    expect(note("serviceStation")).toMatch(/是\/否/);
    expect(note("population")).toContain("不知道的留空，或填 - 或 /：都是“数据缺失”，不当作 0");
    expect(note("population")).toContain("没有填 0 或 无");
    expect(note("partyOrganization.jointMeetings")).toContain("一次也没有填 无");
  });

  it("validates cells: 是/否 and enum lists in Chinese, non-negative numbers, dates", () => {
    const data = templateWorkbook().getWorksheet("数据")!;
    const rule = (name: string) => {
      const letter = data.getColumn(columnOf(name)).letter;
      return validations(data)[`${letter}3:${letter}2002`];
    };
    expect(rule("serviceStation")).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(rule("partyOrganization.form")).toMatchObject({ type: "list", formulae: ['"无,党支部,党总支,联合党支部"'] });
    expect(rule("kind")).toMatchObject({ type: "list", formulae: ['"社区,街道,区,市,住宅项目"'] });
    expect(rule("population")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(rule("serviceSpacePhase")).toMatchObject({ type: "whole", formulae: [1] });
    expect(rule("area.office")).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(rule("residentsCommittee.election.date")).toMatchObject({ type: "date" });
    expect(rule("name")).toBeUndefined();
  });

  it("warns rather than stops where a cell may hold what the notes invite (120人, 1.2万, 深圳市龙岗区, 2012年2月3日)", () => {
    const data = templateWorkbook().getWorksheet("数据")!;
    const rule = (name: string) => validations(data)[`${data.getColumn(columnOf(name)).letter}3:${data.getColumn(columnOf(name)).letter}2002`] as { errorStyle: string; error: string };
    for (const name of ["population", "area.office", "jurisdiction", "kind", "serviceStation", "residentsCommittee.election.date"]) expect(rule(name).errorStyle, name).toBe("warning");
    expect(rule("population").error).toContain("1.2万");
    expect(rule("jurisdiction").error).toContain("深圳市龙岗区");
  });

  it("holds the example rows as typed cells: numbers, 是/否, Chinese enum labels", () => {
    const data = templateWorkbook().getWorksheet("数据")!;
    const cell = (row: number, name: string) => data.getRow(row).getCell(columnOf(name)).value;
    expect(cell(3, "id")).toBe("shatang");
    expect(cell(3, "population")).toBe(12500);
    expect(cell(3, "area.office")).toBe(210.5);
    expect(cell(3, "partyOrganization.form")).toBe("党支部");
    expect(cell(3, "oneStopServiceWindow")).toBe("是");
  });

  it("is shipped as examples/template.xlsx with the same cells the command writes", async () => {
    const shipped = (await open(TEMPLATE_XLSX)).getWorksheet("数据")!;
    const built = templateWorkbook().getWorksheet("数据")!;
    expect(shipped.rowCount).toBe(built.rowCount);
    for (let n = 1; n <= built.rowCount; n++) expect(rowValues(shipped, n)).toEqual(rowValues(built, n));
  });

  it("reads back unchanged: checking the .xlsx template gives the CSV template's reports", async () => {
    const fromXlsx = await run("check", TEMPLATE_XLSX, "--as-of", "2013-01-01", "--format", "json");
    const fromCsv = await run("check", TEMPLATE_CSV, "--as-of", "2013-01-01", "--format", "json");
    expect(fromXlsx.code).toBe(EXIT.failed);
    expect(fromXlsx.out).toBe(fromCsv.out);
  });

  it("writes the CSV template byte for byte as examples/template.csv, with a BOM", async () => {
    const file = join(dir, "模板.csv");
    await run("template", "--output", file);
    expect(readFileSync(file)).toEqual(readFileSync(TEMPLATE_CSV));
    expect(readFileSync(TEMPLATE_CSV).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("the .xlsx report (check --format xlsx --output)", () => {
  const asOf = "2013-01-01";

  async function report(lang: "zh" | "en" = "zh") {
    const file = join(dir, `报告-${lang}.xlsx`);
    const result = await run("check", TEMPLATE_CSV, "--as-of", asOf, "--format", "xlsx", "--output", file, "--lang", lang);
    const json = JSON.parse((await run("check", TEMPLATE_CSV, "--as-of", asOf, "--format", "json")).out) as Report[];
    return { result, workbook: await open(file), json };
  }

  it("has 汇总, 明细 and 依据 sheets with Chinese headers, a frozen header and a filter", async () => {
    const { result, workbook } = await report();
    expect(result.code).toBe(EXIT.failed);
    expect(result.out).toBe("");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "明细", "依据"]);
    const detail = workbook.getWorksheet("明细")!;
    expect(rowValues(detail, 1)).toEqual(["主体编号", "名称", "文件", "条款", "规则", "结论", "约束性", "实测", "要求", "差额", "单位", "期限", "说明", "原文"]);
    expect(rowValues(workbook.getWorksheet("汇总")!, 1)).toEqual(["主体编号", "名称", "类型", "评估日", "达标", "未达标", "未到期", "数据不足", "提示", "不适用", "合计", "总体结论", "需整改（未达标的标准及差额）"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]1$/);
    }
  });

  it("writes one 明细 row per finding: numbers as numbers, dates as dates, a fill per status", async () => {
    const { workbook, json } = await report();
    const detail = workbook.getWorksheet("明细")!;
    const findings = json.flatMap((r) => r.findings);
    expect(detail.rowCount).toBe(findings.length + 1);
    const police = detail.getRows(2, findings.length)!.find((row) => row.getCell(5).value === "longgang-2005/facility-area/police")!;
    expect((police.values as unknown[]).slice(1, 12)).toEqual(["shatang", "沙塘布社区", "龙岗（2005）", "第三十二条", "longgang-2005/facility-area/police", "未达标", "要求", 45, "≥ 50.00", 5, "平方米"]);
    expect(police.getCell(12).value).toEqual(new Date("2010-12-31T00:00:00Z"));
    expect(police.getCell(13).value).toBe("社区警务室面积：未达标；实际45平方米；要求不少于50.00平方米；差5.00平方米；期限2010-12-31。");
    expect(police.getCell(6).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FILL.fail } });
    const pass = detail.getRows(2, findings.length)!.find((row) => row.getCell(6).value === "达标")!;
    expect(pass.getCell(6).fill).toMatchObject({ fgColor: { argb: STATUS_FILL.pass } });
  });

  it("wraps a figure wider than its column (the three budget shares) in a row tall enough for its lines", async () => {
    const { workbook, json } = await report();
    const detail = workbook.getWorksheet("明细")!;
    const rows = detail.getRows(2, json.flatMap((r) => r.findings).length)!;
    const thirds = rows.find((row) => row.getCell(5).value === "longgang-2005/work-station-funding-thirds")!;
    // "200000.00 / 200000.00 / 200000.00": 33 characters, in columns 7 (实测) and 9 (要求) wide.
    expect([thirds.getCell(8).value, thirds.getCell(9).value]).toEqual(["200000.00 / 200000.00 / 200000.00", "200000.00 / 200000.00 / 200000.00"]);
    expect([thirds.getCell(8).alignment, thirds.getCell(9).alignment]).toEqual([{ wrapText: true, vertical: "top" }, { wrapText: true, vertical: "top" }]);
    // In a column 7 wide, each 200000.00 takes two lines and each slash ends one: 6 lines of 15 pt.
    expect(thirds.height).toBeGreaterThanOrEqual(6 * 15);
    expect(rows.some((row) => [8, 9, 10].some((c) => row.getCell(c).alignment?.shrinkToFit))).toBe(false);
  });

  it("counts each subject's findings in 汇总, the worst first, with an overall verdict, what to fix and the totals", async () => {
    const { workbook, json } = await report();
    const summary = workbook.getWorksheet("汇总")!;
    // A row per subject, then 合计.
    expect(summary.rowCount).toBe(json.length + 2);
    const ids = Array.from({ length: json.length }, (_, i) => summary.getRow(i + 2).getCell(1).value);
    const fails = ids.map((id) => json.find((r) => r.subject.id === id)!.summary.fail);
    expect(fails).toEqual([...fails].sort((a, b) => b - a));
    const shatang = json.find((r) => r.subject.id === "shatang")!;
    const at = ids.indexOf("shatang") + 2;
    const s = shatang.summary;
    expect(rowValues(summary, at).slice(0, 12)).toEqual(["shatang", "沙塘布社区", "社区", new Date(`${asOf}T00:00:00Z`), s.pass, s.fail, s.pending, s["insufficient-data"], s.info, s["not-applicable"], s.total, "未达标"]);
    expect(summary.getRow(at).getCell(12).fill).toMatchObject({ fgColor: { argb: STATUS_FILL.fail } });
    // What to fix: each failed standard by article and label, with its shortfall and unit.
    const toFix = String(summary.getRow(at).getCell(13).value);
    expect(toFix).toContain("第三十二条 社区警务室面积，差5.00平方米");
    expect(toFix.split("；")).toHaveLength(s.fail);
    const total = rowValues(summary, json.length + 2);
    expect(total.slice(0, 2)).toEqual(["合计", `${json.length} 个主体`]);
    expect(total[10]).toBe(json.reduce((n, r) => n + r.summary.total, 0));
    expect(total[5]).toBe(json.reduce((n, r) => n + r.summary.fail, 0));
  });

  it("lists every rule applied in 依据, with its document, date, article, quote and figures", async () => {
    const { workbook, json } = await report();
    const sources = workbook.getWorksheet("依据")!;
    const applied = new Set(json.flatMap((r) => r.findings.map((f) => f.ruleId)));
    expect(sources.rowCount).toBe(applied.size + 1);
    const ratio = sources.getRows(2, applied.size)!.find((row) => row.getCell(1).value === "longgang-2005/service-space-ratio")!;
    expect(rowValues(sources, ratio.number)).toEqual([
      "longgang-2005/service-space-ratio",
      "龙岗（2005）",
      expect.stringContaining("龙岗"),
      new Date(`${documents.find((d) => d.id === "longgang-2005")!.issued}T00:00:00Z`),
      "第三十三条",
      expect.stringContaining("300"),
      "要求",
      "比例1/300",
    ]);
  });

  it("names its sheets and headers in English with --lang en", async () => {
    const { workbook } = await report("en");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Findings", "Sources"]);
    expect(rowValues(workbook.getWorksheet("Findings")!, 1)[5]).toBe("status");
  });

  it("continues 明细 on 明细2, 明细3 … past a sheet's row limit, losing no finding", async () => {
    const file = join(dir, "overflow.xlsx");
    const subject = { kind: "community", id: "c1", jurisdiction: "longgang" } as const;
    const reports = [1, 2, 3].map(() => evaluate(subject, { asOf }));
    const total = reports.reduce((n, r) => n + r.findings.length, 0);
    const xlsx = new XlsxReport(file, "zh", 10);
    for (const r of reports) await xlsx.add(r);
    await xlsx.finish();
    const workbook = await open(file);
    const details = workbook.worksheets.filter((s) => s.name.startsWith("明细"));
    const continued = Array.from({ length: Math.ceil(total / 10) - 1 }, (_, i) => `明细${i + 2}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "明细", ...continued, "依据"]);
    expect(details.reduce((n, s) => n + s.rowCount - 1, 0)).toBe(total);
    for (const sheet of details) expect(rowValues(sheet, 1)[0]).toBe("主体编号");
  });
});

describe("reading .xlsx input", () => {
  it("reads typed cells: numbers, dates, booleans, rich text and cached formula values", async () => {
    const file = await workbookOf("typed.xlsx", [
      ["编号", "名称", "人口", "居委会直选", "选举日期", "户数", "所属地区"],
      ["c1", { richText: [{ text: "沙塘布" }, { text: "社区" }] }, { formula: "1000*3", result: 3000 }, true, new Date(Date.UTC(2010, 11, 31)), 1000, "临沂"],
    ]);
    const { code, out } = await run("check", file, "--as-of", "2011-01-01", "--format", "json");
    expect(code).toBe(EXIT.ok);
    const [report] = JSON.parse(out) as Report[];
    expect(report!.subject).toEqual({ kind: "community", id: "c1", path: ["c1"], name: "沙塘布社区" });
    expect(report!.documents).toEqual(["linyi-report"]);
  });

  it("reads the sheet named by --sheet, and names the sheets there are when it is missing", async () => {
    const file = await workbookOf("two.xlsx", [["id", "households", "jurisdiction"], ["l1", 2000, "linyi"]], ["说明", "数据"]);
    expect((await run("check", file, "--sheet", "数据", "--as-of", "2011-01-01")).code).toBe(EXIT.ok);
    // Without --sheet, the first sheet with a header is read, and the empty sheet before it named.
    const first = await run("check", file, "--as-of", "2011-01-01");
    expect(first.code).toBe(EXIT.ok);
    expect(first.err).toContain("读取工作表「数据」；跳过了没有表头的工作表「说明」");
    const missing = await run("check", file, "--sheet", "汇总");
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.err).toContain("没有名为「汇总」的工作表；有：说明、数据");
  });

  it("reports a bad cell by sheet row, column and label, and still checks the good rows", async () => {
    const file = await workbookOf("bad.xlsx", [["编号", "户数", "所属地区"], ["l1", 2000, "linyi"], ["l2", "两千", "linyi"], ["l3", "3,000户", "linyi"]]);
    const { code, out, err } = await run("check", file, "--as-of", "2011-01-01");
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:3:户数(households): 应为整数（如 1200 或 1,200），收到 "两千"`);
    // l2 is checked as far as it can be read: its households unknown.
    expect(out).toMatch(/共 3 个主体/);
    expect(out).toMatch(/社区 l2 {2}\(评估日 2011-01-01\)[\s\S]*数据不足；缺少户数[\s\S]*数据有误 {2}户数（households）：应为整数/);
  });

  it.each([
    ["not a zip", "broken.xlsx", "无法读取 .xlsx 文件"],
    ["a WPS .et file", "data.et", "WPS 表格（.et）文件请先“另存为”Excel 工作簿（.xlsx）"],
    ["an old .xls file", "data.xls", "旧版 .xls 文件请先另存为 .xlsx"],
  ])("exits 2 with a clear message for %s", async (_, name, message) => {
    const file = join(dir, name);
    writeFileSync(file, "not a workbook");
    const { code, err } = await run("check", file);
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(message);
  });

  // A damaged sheet: exceljs heard the zip's error but waited for the sheet's data, which never
  // came; the process ran out of work and ended, exit 0, without a word.
  const damaged = async () => {
    const workbook = new (excel().Workbook)();
    workbook.addWorksheet("社区").addRows([["编号", "户数", "所属地区"], ["l1", 2000, "linyi"]]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const header = bytes.indexOf("xl/worksheets/sheet1.xml") - 30;
    expect(bytes.readUInt32LE(header)).toBe(0x04034b50);
    // The first byte of the sheet's compressed data: 0xff asks for a block type deflate does not have.
    bytes[header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28)] = 0xff;
    return bytes;
  };
  it.each([
    ["an empty file", () => Buffer.alloc(0), "文件不完整：是空的，或只有开头一部分"],
    ["the first half of a workbook", () => readFileSync(TEMPLATE_XLSX).subarray(0, 4000), "文件不完整：是空的，或只有开头一部分"],
    ["an old .xls or WPS .et file named .xlsx", () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), "这是旧版 .xls、WPS 的 .et 文件或设置了打开密码的工作簿，只是扩展名写成了 .xlsx"],
    ["a CSV file named .xlsx", () => Buffer.from("编号,户数\nl1,2000\n"), "这不是 .xlsx 工作簿"],
    ["a workbook whose sheet is damaged", damaged, "文件已损坏：压缩的数据有误（invalid compressed data"],
  ])("exits 2 and says why for %s", async (_, bytes, reason) => {
    const file = join(dir, "broken-file.xlsx");
    writeFileSync(file, await bytes());
    const { code, out, err } = await run("check", file);
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:0: 无法读取 .xlsx 文件：${reason}`);
    expect(out).toMatch(/共 0 个主体.*输入问题 1 处/);
  });

  it("never writes its output over the input file", async () => {
    const file = join(dir, "keep.xlsx");
    writeFileSync(file, readFileSync(TEMPLATE_XLSX));
    const { code, err } = await run("check", file, "--format", "xlsx", "--output", file);
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain("--output 不能是输入文件本身");
    expect(readFileSync(file)).toEqual(readFileSync(TEMPLATE_XLSX));
  });
});
