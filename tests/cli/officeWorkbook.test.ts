// The office-style workbook (officeWorkbook.ts) gives the template's findings.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { excel } from "../../src/cli/excel";
import { EXIT } from "../../src/cli/main";
import { TEMPLATE, officeWorkbook } from "./officeWorkbook";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "office-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a workbook as a street office keeps it", () => {
  it("gives the template's findings, byte for byte, and says what it skipped and ignored", async () => {
    const office = join(dir, "南湾街道社区填报.xlsx");
    await officeWorkbook(office);
    const fromOffice = join(dir, "office.csv");
    const fromTemplate = join(dir, "template.csv");
    const read = await runCli("check", office, "--as-of", "2013-06-30", "--format", "csv", "--output", fromOffice);
    await runCli("check", TEMPLATE, "--as-of", "2013-06-30", "--format", "csv", "--output", fromTemplate);
    expect(readFileSync(fromOffice, "utf8")).toBe(readFileSync(fromTemplate, "utf8"));
    expect(read.code).not.toBe(EXIT.invalid);
    expect(read.err).toContain("读取工作表「社区情况」；跳过了没有表头的工作表「封面」");
    expect(read.err).toContain("表头在第 3 行；跳过了表头上方的第 1 行（标题等）");
    expect(read.err).toContain("忽略了 2 个不认识的列：序号、备注");
    expect(read.err).toMatch(/第 \d+ 行是合计行，未作为主体核查/);
  });
});

describe("a community with a bad cell stays in every report", () => {
  const table = [
    ["编号", "名称", "所属地区", "居委会成员数", "警务室面积", "社区服务站"],
    ["nanwan", "南湾社区", "龙岗区", 7, 60, "是"],
    ["shuijing", "水径社区", "龙岗区", "七", "无", "是"],
  ];
  const workbook = async (file: string) => {
    const book = new (excel().Workbook)();
    book.addWorksheet("数据").addRows(table);
    await book.xlsx.writeFile(file);
  };

  it("in the .xlsx report: 汇总 says 数据有误, 问题 says where and what to write, 明细 has its other findings", async () => {
    const input = join(dir, "南湾街道社区填报.xlsx");
    await workbook(input);
    const output = join(dir, "报告.xlsx");
    const { code, err } = await runCli("check", input, "--as-of", "2013-06-30", "--format", "xlsx", "--output", output);
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${input}:3:居委会成员数(residentsCommittee.members): 应为整数（如 1200 或 1,200），收到 "七"`);
    const report = new (excel().Workbook)();
    await report.xlsx.readFile(output);
    expect(report.worksheets.map((s) => s.name)).toEqual(["汇总", "问题", "明细", "依据"]);
    const summary = report.getWorksheet("汇总")!;
    const rowOf = (sheet: ExcelJS.Worksheet, id: string) => (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((r) => r.getCell(1).value === id)!;
    const verdict = rowOf(summary, "shuijing").getCell(12).value;
    expect(summary.getRow(1).getCell(12).value).toBe("总体结论");
    expect(verdict).toBe("数据有误");
    expect(rowOf(summary, "nanwan").getCell(12).value).not.toBe("数据有误");
    const problems = report.getWorksheet("问题")!;
    expect(problems.getRow(2).values).toEqual([undefined, input, 3, "居委会成员数（residentsCommittee.members）", '应为整数（如 1200 或 1,200），收到 "七"']);
    const detail = report.getWorksheet("明细")!;
    const messages = (detail.getRows(2, detail.rowCount - 1) ?? []).filter((r) => r.getCell(1).value === "shuijing").map((r) => String(r.getCell(13).value));
    expect(messages.some((m) => m.startsWith("社区警务室面积：未达标；实际0平方米"))).toBe(true);
    expect(messages.some((m) => /数据不足；缺少居委会成员数/.test(m))).toBe(true);
  });

  it("in the CSV report (a 数据有误 line beside its findings) and the JSON one (inputProblems)", async () => {
    const input = join(dir, "填报.xlsx");
    await workbook(input);
    const csv = await runCli("check", input, "--as-of", "2013-06-30", "--format", "csv");
    const lines = csv.out.split("\r\n").filter((l) => l.startsWith("shuijing,"));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toBe(`shuijing,水径社区,社区,居委会成员数（residentsCommittee.members）,数据有误,,,,,,,,"${input} 第 3 行：应为整数（如 1200 或 1,200），收到 ""七"""`);
    const json = JSON.parse((await runCli("check", input, "--as-of", "2013-06-30", "--format", "json")).out) as { subject: { id: string }; inputProblems?: unknown[] }[];
    expect(json.map((r) => [r.subject.id, r.inputProblems?.length ?? 0])).toEqual([["nanwan", 0], ["shuijing", 1]]);
  });
});
