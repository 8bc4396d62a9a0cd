import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli";
import { createCsvParser } from "../../src/csv/createCsvParser";
import { COLUMN_LABELS } from "../../src/labels/columnLabels";
import { COLUMNS } from "../../src/flat/columns";
import { StreamedWorkbook } from "../../src/report/streamedWorkbook";
import { type ReportWorkbook, XlsxReport } from "../../src/report/xlsxReport";
import type { Report } from "../../src/types";
import { pdfTextSizes } from "../web/pdfTextSizes";

// A real spreadsheet opens what the build writes, and prints it. .ci/run installs LibreOffice and
// poppler where they are missing; on a machine without them these fail, saying what to install.
const soffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();

const dir = mkdtempSync(join(tmpdir(), "community-standards-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEMPLATE_CSV = new URL("../../examples/template.csv", import.meta.url).pathname;
const TEMPLATE_XLSX = new URL("../../examples/template.xlsx", import.meta.url).pathname;

/** Every sheet of a workbook as LibreOffice Calc exports it: UTF-8 CSV, one file per sheet. */
function sheetsAsCsv(file: string, name: string): Record<string, string[][]> {
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
  const read = (sheet: string) => {
    const parser = createCsvParser();
    const rows = [...parser.push(readFileSync(join(dir, `${name}-${sheet}.csv`), "utf8").replace(/^\uFEFF/, "")), ...parser.end()];
    return rows.filter((row) => row.some((cell) => cell !== ""));
  };
  return new Proxy({}, { get: (_, sheet: string) => read(sheet) }) as Record<string, string[][]>;
}

const run = async (...argv: string[]) => (await runCli(...argv)).out;

/** The template's report as the command line writes it (exceljs's streaming writer). */
const byCommandLine = async (file: string) => void (await run("check", TEMPLATE_CSV, "--as-of", "2013-01-01", "--format", "xlsx", "--output", file));

/** The template's report as the page writes it (StreamedWorkbook, deflate's fastest level). */
async function byPage(file: string): Promise<void> {
  const reports = JSON.parse(await run("check", TEMPLATE_CSV, "--as-of", "2013-01-01", "--format", "json")) as Report[];
  const book = new StreamedWorkbook(1);
  const sheets = new XlsxReport(book as unknown as ReportWorkbook, "zh", { title: { file: "template.csv", asOf: "2013-01-01" }, rowsAsXml: book.rowsAsXml });
  for (const report of reports) await sheets.add(report);
  await sheets.finish();
  writeFileSync(file, Buffer.from(await book.finish().arrayBuffer()));
}

describe("LibreOffice Calc opens what the command line and the page write", () => {
  it("is installed (apt-get install -y libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei; .ci/run does)", () => expect(soffice).toBe(true));

  describe.each([
    ["the command line", "cli", byCommandLine],
    ["the page", "page", byPage],
  ])("the report %s writes", (_, who, write) => {
    it("reads the report's 汇总, 明细 and 依据 with the values of the findings", { timeout: 120_000 }, async () => {
      const file = join(dir, `report-${who}.xlsx`);
      await write(file);
      const reports = JSON.parse(await run("check", TEMPLATE_CSV, "--as-of", "2013-01-01", "--format", "json")) as Report[];
      const sheets = sheetsAsCsv(file, `report-${who}`);

      const summary = sheets["汇总"]!;
      expect(summary[0]).toEqual(["主体编号", "名称", "类型", "评估日", "达标", "未达标", "未到期", "数据不足", "提示", "不适用", "合计", "总体结论", "需整改（未达标的标准及差额）"]);
      const shatang = reports.find((r) => r.subject.id === "shatang")!.summary;
      expect(summary.find((row) => row[0] === "shatang")?.slice(0, 12)).toEqual(["shatang", "沙塘布社区", "社区", "2013-01-01", ...[shatang.pass, shatang.fail, shatang.pending, shatang["insufficient-data"], shatang.info, shatang["not-applicable"], shatang.total].map(String), "未达标"]);
      expect(summary.at(-1)?.slice(0, 2)).toEqual(["合计", `${reports.length} 个主体`]);

      const detail = sheets["明细"]!;
      expect(detail).toHaveLength(reports.reduce((n, r) => n + r.findings.length, 0) + 1);
      const police = detail.find((row) => row[4] === "longgang-2005/facility-area/police")!;
      expect(police.slice(0, 12)).toEqual(["shatang", "沙塘布社区", "龙岗（2005）", "第三十二条", "longgang-2005/facility-area/police", "未达标", "要求", "45", "≥ 50.00", "5.00", "平方米", "2010-12-31"]);

      const sources = sheets["依据"]!;
      expect(sources.find((row) => row[0] === "guangzhou-2011/party-organization-three-haves")?.[5]).toBe("确保社区党组织有专职工作人员、有办公场所、有活动经费");
    });

    it("prints the report on A4 with a title and page numbers on every page, and no text below 9 pt", { timeout: 180_000 }, async () => {
      const file = join(dir, `打印-${who}.xlsx`);
      await write(file);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
      const pdf = join(dir, `打印-${who}.pdf`);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThan(2);
      for (let page = 1; page <= pages; page++) {
        const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
        expect(text, `page ${page}`).toContain("社区建设标准核查报告：template.csv");
        expect(text, `page ${page}`).toContain("评估日2013-01-01");
        expect(text, `page ${page}`).toContain(`第${page}页，共${pages}页`);
        expect(text, `page ${page}`).toContain("打印日期");
      }
      const sizes = pdfTextSizes(readFileSync(pdf));
      expect(sizes.length).toBeGreaterThan(500);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    });
  });

  it("reads the template's 数据 sheet: Chinese headers, field names, example rows", { timeout: 120_000 }, () => {
    const file = join(dir, "template.xlsx");
    copyFileSync(TEMPLATE_XLSX, file);
    const data = sheetsAsCsv(file, "template")["数据"]!;
    expect(data[0]).toEqual(COLUMNS.map((c) => COLUMN_LABELS[c.name]));
    expect(data[1]).toEqual(COLUMNS.map((c) => c.name));
    const shatang = data.find((row) => row[1] === "shatang")!;
    const cell = (name: string) => shatang[COLUMNS.findIndex((c) => c.name === name)];
    expect([cell("name"), cell("jurisdiction"), cell("population"), cell("area.office"), cell("partyOrganization.form"), cell("oneStopServiceWindow")]).toEqual(["沙塘布社区", "龙岗", "12500", "210.5", "党支部", "是"]);
  });
});
