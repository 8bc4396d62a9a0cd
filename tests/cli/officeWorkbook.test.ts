// The office-style workbook (officeWorkbook.ts) gives the template's findings.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
