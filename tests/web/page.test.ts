// The built page in a real browser (Debian's Chromium through playwright-core), opened from disk as
// a clerk opens it. Screenshots of each screen go to reports/page/ for people to look at; nothing
// is compared against them.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type * as ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excel } from "../../src/cli/excel";
import { templateWorkbook } from "../../src/report/template";
import { CALCULATORS, run } from "../../src/web/calculators";
import { MAX_XLSX_FINDINGS } from "../../src/web/limits";
import { evaluate, rules } from "../../src/index";
import { readWorkbook } from "../../src/read/xlsx/readWorkbook";
import { writeBigWorkbook } from "../bench/bigWorkbook";
import { encodeGbk } from "../csv/encodeGbk";
import { officeWorkbook } from "../cli/officeWorkbook";
import { runCli } from "../cli/runCli";
import { type Watched, checkFile, launch, openPage } from "./browser";
import { pdfTextSizes } from "./pdfTextSizes";

const ROOT = resolve(__dirname, "../..");
const TEMPLATE_XLSX = join(ROOT, "examples/template.xlsx");
const TEMPLATE_CSV = join(ROOT, "examples/template.csv");
const SCREENS = join(ROOT, "reports/page");
const AS_OF = "2013-06-30";

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "page-"));
  mkdirSync(SCREENS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });

/** Nothing the page asked for left the machine: only the page itself, its worker's blob and downloads. */
const offline = (watched: Watched) => expect(watched.requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);

/** Counts per status from the command line's JSON report. */
async function cliCounts(file: string): Promise<Record<string, number>> {
  const { out } = await runCli("check", file, "--as-of", AS_OF, "--format", "json");
  const counts: Record<string, number> = {};
  for (const report of JSON.parse(out) as { findings: { status: string }[] }[]) for (const f of report.findings) counts[f.status] = (counts[f.status] ?? 0) + 1;
  return counts;
}

/** Counts per status as the page's summary states them (in Chinese). */
async function pageCounts(page: Page): Promise<Record<string, number>> {
  const summary = (await page.textContent("#summary"))!;
  const words: Record<string, string> = { 达标: "pass", 未达标: "fail", 未到期: "pending", 数据不足: "insufficient-data", 提示: "info", 不适用: "not-applicable" };
  const counts: Record<string, number> = {};
  for (const [, word, n] of summary.matchAll(/(达标|未达标|未到期|数据不足|提示|不适用) (\d+)/g)) if (Number(n) > 0) counts[words[word!]!] = Number(n);
  return counts;
}

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** Every sheet of a workbook in tab order, every cell's value and number format and fill. */
async function cellsOf(path: string): Promise<unknown[]> {
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet: ExcelJS.Worksheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.value instanceof Date ? cell.value.toISOString() : cell.value, cell.numFmt ?? null, (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null]));
      rows.push([number, cells]);
    });
    return { name: sheet.name, columns: sheet.columns?.map((c) => c.width), rows, pageSetup: { orientation: sheet.pageSetup.orientation, paperSize: sheet.pageSetup.paperSize }, views: sheet.views };
  });
}

describe("社区建设标准核查.html in Chromium, from disk", () => {
  it("checks the template workbook with the command line's counts, offline, and shows each screen", async () => {
    const { page, watched } = await openPage(browser);
    await screenshot(page, "0-start");
    await checkFile(page, TEMPLATE_XLSX, AS_OF);
    expect(await page.locator(".message.error").count()).toBe(0);
    expect(await pageCounts(page)).toEqual(await cliCounts(TEMPLATE_XLSX));
    expect(await page.locator("#subjects tbody tr").count()).toBe(5);
    expect(await page.locator("#chartSubjects svg rect").count()).toBeGreaterThan(0);
    expect(await page.locator("#chartRules svg rect").count()).toBeGreaterThan(0);
    await screenshot(page, "1-results");
    // One community's findings: article, words, requirement, shortfall, the steps.
    await page.click("#subjects tbody tr:has-text('shatang')");
    await page.waitForSelector("#detail:not([hidden]) .finding");
    const failed = page.locator("#detail .finding:has(.st-fail):has(dt:text-is('差额'))").first();
    expect(await failed.locator("blockquote").textContent()).not.toBe("");
    expect(await failed.locator("dt").allTextContents()).toEqual(expect.arrayContaining(["条款", "要求", "差额"]));
    await failed.locator("summary").click();
    expect(await failed.locator("details li").count()).toBeGreaterThan(1);
    await screenshot(page, "2-detail");
    // Sort by 未达标, most first; filter by name.
    await page.click("#subjects th[data-key='fail']");
    const firstFails = Number(await page.locator("#subjects tbody tr").first().locator("td").nth(4).textContent());
    const fails = await page.locator("#subjects tbody tr td:nth-child(5)").allTextContents();
    expect(firstFails).toBe(Math.max(...fails.map(Number)));
    await page.fill("#filter", "牌坊");
    expect(await page.locator("#subjects tbody tr").count()).toBe(1);
    expect(watched.errors).toEqual([]);
    offline(watched);
  }, 120_000);

  it("downloads the command line's .xlsx report (every sheet and cell) and its CSV (byte for byte), offline", async () => {
    const { page, watched } = await openPage(browser);
    await checkFile(page, TEMPLATE_XLSX, AS_OF);
    const xlsx = await download(page, "#downloadXlsx");
    expect(xlsx.name).toBe("template-核查报告.xlsx");
    const cliXlsx = join(dir, "cli.xlsx");
    await runCli("check", TEMPLATE_XLSX, "--as-of", AS_OF, "--format", "xlsx", "--output", cliXlsx);
    expect(await cellsOf(xlsx.path)).toEqual(await cellsOf(cliXlsx));
    const csv = await download(page, "#downloadCsv");
    const cliCsv = join(dir, "cli.csv");
    await runCli("check", TEMPLATE_XLSX, "--as-of", AS_OF, "--format", "csv", "--output", cliCsv);
    expect(readFileSync(csv.path)).toEqual(readFileSync(cliCsv));
    // The English report is the command line's --lang en.
    await page.click("#lang");
    const english = await download(page, "#downloadXlsx");
    const cliEnglish = join(dir, "cli-en.xlsx");
    await runCli("check", TEMPLATE_XLSX, "--as-of", AS_OF, "--format", "xlsx", "--lang", "en", "--output", cliEnglish);
    expect(await cellsOf(english.path)).toEqual(await cellsOf(cliEnglish));
    expect(watched.errors).toEqual([]);
    offline(watched);
  }, 120_000);

  it("downloads the template, the same workbook as `template --output`", async () => {
    const { page, watched } = await openPage(browser);
    await page.click("[data-tab='template']");
    await screenshot(page, "5-template");
    const template = await download(page, "#downloadTemplate");
    const fromCli = join(dir, "模板.xlsx");
    await templateWorkbook(excel().Workbook).xlsx.writeFile(fromCli);
    expect(await cellsOf(template.path)).toEqual(await cellsOf(fromCli));
    offline(watched);
  }, 60_000);

  it("prints A4 pages with the title, page numbers and no text below 9 pt, offline", async () => {
    const { page, watched } = await openPage(browser);
    await checkFile(page, TEMPLATE_XLSX, AS_OF);
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "6-print-preview");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(dir, "print.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("社区建设标准核查：template.xlsx");
    expect(text).toContain(`评估日 ${AS_OF}`);
    expect(text).toContain("需整改的事项");
    // 沙塘布社区's 警务室 is 45 m² against 第三十二条's 50: the report's own line, as 汇总 has it.
    expect(text.replace(/\s+/g, "")).toContain("第三十二条社区警务室面积，差5.00平方米");
    const squeezed = text.replace(/\s+/g, "");
    for (let n = 1; n <= pages; n++) expect(squeezed).toContain(`第${n}页/共${pages}页`);
    const sizes = pdfTextSizes(pdf);
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9 - 1e-6);
    offline(watched);
  }, 120_000);

  it("says why a damaged workbook cannot be read, in Chinese", async () => {
    const { page } = await openPage(browser);
    const bytes = readFileSync(TEMPLATE_XLSX);
    const cut = join(dir, "cut.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await checkFile(page, cut);
    expect(await page.textContent("#problems")).toMatch(/无法读取 \.xlsx 文件：文件不完整/);
    const xls = join(dir, "old.xlsx");
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await checkFile(page, xls);
    expect(await page.textContent("#problems")).toContain("旧版 .xls、WPS 的 .et 文件或设置了打开密码的工作簿");
    await screenshot(page, "7-damaged");
  }, 60_000);

  it("reads a GBK CSV as the UTF-8 one", async () => {
    const { page } = await openPage(browser);
    const gbk = join(dir, "模板-gbk.csv");
    writeFileSync(gbk, encodeGbk(readFileSync(TEMPLATE_CSV, "utf8").replace(/^\uFEFF/, "")));
    await checkFile(page, gbk);
    expect(await pageCounts(page)).toEqual(await cliCounts(TEMPLATE_CSV));
    expect(await page.textContent("#subjects tbody")).toContain("沙塘布社区");
  }, 60_000);

  it("lists a row with a bad cell with its problem (row, column, what to write), never leaving it out", async () => {
    const { page } = await openPage(browser);
    const lines = readFileSync(TEMPLATE_CSV, "utf8").split("\r\n");
    const header = lines[0]!.split(",");
    const population = header.indexOf("人口");
    const cells = lines[1]!.split(",");
    cells[population] = "很多";
    lines[1] = cells.join(",");
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, lines.join("\r\n"));
    await checkFile(page, bad, AS_OF);
    const problems = (await page.textContent("#problems"))!;
    expect(problems).toContain("bad.csv");
    expect(problems).toContain("人口（population）");
    expect(problems).toMatch(/应为整数（如 1200 或 1,200）/);
    // Listed as a subject, checked as far as it could be read, and marked 数据有误.
    expect(await page.locator("#subjects tbody tr:has(.st-problem)").count()).toBe(1);
    expect(await page.locator("#subjects tbody tr:has(.st-problem) td").first().textContent()).toBe("shatang");
    await screenshot(page, "8-bad-cell");
    // The reports carry the problem as the command line's do.
    const xlsx = await download(page, "#downloadXlsx");
    const cliXlsx = join(dir, "bad-cli.xlsx");
    expect((await runCli("check", bad, "--as-of", AS_OF, "--format", "xlsx", "--output", cliXlsx)).code).toBe(2);
    // The command line names the file as it was given, with its folder; a browser knows only its name.
    const unfoldered = (text: string) => text.replaceAll(`${dir}/`, "");
    expect(JSON.stringify(await cellsOf(xlsx.path))).toBe(unfoldered(JSON.stringify(await cellsOf(cliXlsx))));
    const csv = await download(page, "#downloadCsv");
    const cliCsv = join(dir, "bad-cli.csv");
    await runCli("check", bad, "--as-of", AS_OF, "--format", "csv", "--output", cliCsv);
    expect(readFileSync(csv.path, "utf8")).toBe(unfoldered(readFileSync(cliCsv, "utf8")));
    expect(readFileSync(csv.path, "utf8")).toContain(",数据有误,");
  }, 60_000);

  it("reads a workbook as an office keeps it (cover sheet, title, 序号, 备注, -, 合计) to the template's counts, and shows what it skipped", async () => {
    const office = join(dir, "南湾街道社区填报.xlsx");
    await officeWorkbook(office);
    const { page, watched } = await openPage(browser);
    await checkFile(page, office, AS_OF);
    expect(await pageCounts(page)).toEqual(await cliCounts(TEMPLATE_XLSX));
    const notes = (await page.textContent("#notes"))!;
    expect(notes).toContain("读取工作表「社区情况」；跳过了没有表头的工作表「封面」");
    expect(notes).toContain("忽略了 2 个不认识的列：序号、备注");
    expect(notes).toMatch(/合计行/);
    expect(await page.locator("#problemsBox").isHidden()).toBe(true);
    await screenshot(page, "10-office-workbook");
    expect(watched.errors).toEqual([]);
  }, 60_000);

  it("checks a 5,000-row workbook with the command line's counts, showing progress", async () => {
    const big = join(dir, "5000.xlsx");
    await writeBigWorkbook(big, 5000);
    const { page, watched } = await openPage(browser);
    await page.fill("#asOf", AS_OF);
    await page.setInputFiles("#file", big);
    await page.waitForSelector("#results:not([hidden]), .message.error", { timeout: 120_000 });
    expect(await pageCounts(page)).toEqual(await cliCounts(big));
    expect(watched.errors).toEqual([]);
  }, 180_000);

  it("draws at most 1,000 rows of the subjects table (100,000 crashed the tab), saying so; filtering reaches the others", async () => {
    const many = join(dir, "many.csv");
    writeFileSync(many, `编号,人口\n${Array.from({ length: 1500 }, (_, i) => `c${i},${100 + i}`).join("\n")}\n`);
    const { page, watched } = await openPage(browser);
    await checkFile(page, many, AS_OF);
    expect(await page.locator("#subjects tbody tr").count()).toBe(1000);
    expect(await page.textContent("#tableNote")).toBe("共 1500 行，显示前 1000 行；请用上方的筛选或点击列名排序查找其他行");
    await page.fill("#filter", "c1499");
    expect(await page.locator("#subjects tbody tr").count()).toBe(1);
    expect(await page.textContent("#tableNote")).toBe("");
    expect(watched.errors).toEqual([]);
  }, 60_000);

  it("checks a workbook whose bulk is a picture, of any size, by its rows (a 12 MB limit on the file once refused it)", async () => {
    // A survey workbook with a photo of the service station: 20 MB that no cell reads.
    const workbook = new (excel().Workbook)();
    await workbook.xlsx.readFile(TEMPLATE_XLSX);
    const photo = workbook.addImage({ buffer: randomBytes(20 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: "jpeg" });
    workbook.getWorksheet("数据")!.addImage(photo, "B20:F40");
    const pictured = join(dir, "附照片.xlsx");
    await workbook.xlsx.writeFile(pictured);
    expect(statSync(pictured).size).toBeGreaterThan(20 * 1024 * 1024);
    const { page, watched } = await openPage(browser);
    await checkFile(page, pictured, AS_OF);
    expect(await pageCounts(page)).toEqual(await cliCounts(TEMPLATE_XLSX));
    expect(await page.textContent("#problems")).not.toContain("太大");
    expect(watched.errors).toEqual([]);
  }, 120_000);

  it("writes an .xlsx report past the 300,000 findings its in-memory workbook held, as it streams: every finding a row of 明细; and its CSV", async () => {
    // A community with only its population meets every document's community rules.
    const each = evaluate({ kind: "community", id: "c", population: 100 }, { asOf: AS_OF }).findings.length;
    const rows = Math.ceil(300_001 / each);
    const many = join(dir, "many-findings.csv");
    writeFileSync(many, `编号,人口\n${Array.from({ length: rows }, (_, i) => `c${i},${100 + i}`).join("\n")}\n`);
    const { page, watched } = await openPage(browser);
    await checkFile(page, many, AS_OF);
    const xlsx = await download(page, "#downloadXlsx");
    const bytes = new Uint8Array(readFileSync(xlsx.path));
    const sheets = await readWorkbook({ size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) });
    expect(sheets.map((s) => s.name)).toEqual(["汇总", "明细", "依据"]);
    let detail = 0;
    let last: readonly unknown[] = [];
    for await (const row of sheets[1]!.rows()) {
      detail += 1;
      last = row.cells;
    }
    expect(detail).toBe(1 + rows * each);
    expect(last[0]).toBe(`c${rows - 1}`);
    let summary = 0;
    for await (const _ of sheets[0]!.rows()) summary += 1;
    expect(summary).toBe(1 + rows + 1); // the header, a row a community, the total
    const csv = await download(page, "#downloadCsv");
    const lines = readFileSync(csv.path, "utf8").trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + rows * each);
    expect(lines.at(-1)).toMatch(new RegExp(`^c${rows - 1},,社区,`));
    expect(await page.textContent("#message")).toBe("");
    expect(watched.errors).toEqual([]);
  }, 180_000);

  it("declines an .xlsx report of more findings than it writes, pointing to the CSV", async () => {
    const each = evaluate({ kind: "community", id: "c", population: 100 }, { asOf: AS_OF }).findings.length;
    const rows = Math.ceil((MAX_XLSX_FINDINGS + 1) / each);
    const most = join(dir, "most-findings.csv");
    writeFileSync(most, `编号,人口\n${Array.from({ length: rows }, (_, i) => `c${i},${100 + i}`).join("\n")}\n`);
    const { page, watched } = await openPage(browser);
    await checkFile(page, most, AS_OF);
    await page.click("#downloadXlsx");
    await page.waitForSelector(".message.error", { timeout: 60_000 });
    const max = MAX_XLSX_FINDINGS.toLocaleString("en-US");
    expect(await page.textContent("#message")).toMatch(new RegExp(`^报告有 ${(rows * each).toLocaleString("en-US")} 条结论，网页最多生成 ${max} 条结论的 .xlsx 报告.*请点“下载 CSV”`));
    expect(watched.errors).toEqual([]);
  }, 180_000);

  it("computes every calculator as the library does, and says what is wrong with a figure", async () => {
    const { page, watched } = await openPage(browser);
    await page.click("[data-tab='calculators']");
    await screenshot(page, "4-calculators");
    for (const calculator of CALCULATORS) {
      const form = page.locator(`form[data-calculator='${calculator.id}']`);
      const typed = calculator.fields.map((f) => f.value);
      expect(await form.locator("output").textContent()).toBe(`结果：${(run(calculator, typed, "zh") as { ok: string }).ok}`);
      expect(await form.locator("blockquote").textContent()).not.toBe("");
    }
    const space = page.locator("form[data-calculator='service-space']");
    await space.locator("input[name='area']").fill("4.5万");
    await space.locator("button").click();
    expect(await space.locator("output").textContent()).toBe("结果：150.00 平方米");
    await space.locator("input[name='area']").fill("很大");
    await space.locator("button").click();
    expect(await space.locator("output").textContent()).toMatch(/^建筑面积：应为/);
    offline(watched);
  }, 60_000);

  it("lists every rule in 标准 and marks each quote in its document's text; the search finds by words", async () => {
    const { page } = await openPage(browser);
    await page.click("[data-tab='catalogue']");
    await screenshot(page, "3-catalogue");
    const listed = await page.locator(".rule").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.rule));
    expect(listed.sort()).toEqual(rules.map((r) => r.id).sort());
    const marked = await page.locator("mark").evaluateAll((marks) => marks.map((m) => [(m as HTMLElement).dataset.rules!.split(" "), m.textContent!] as const));
    for (const rule of rules) {
      const text = marked.filter(([ids]) => ids.includes(rule.id)).map(([, words]) => words).join("");
      expect(text, rule.id).toBe(rule.quote);
    }
    await page.fill("#search", "警务室");
    const shown = await page.locator(".rule:not([hidden])").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(rules.length);
    expect(await page.textContent("#searchCount")).toBe(`找到 ${shown} 条`);
  }, 60_000);

  it("switches to English and back", async () => {
    const { page } = await openPage(browser);
    await checkFile(page, TEMPLATE_XLSX, AS_OF);
    await page.click("#lang");
    expect(await page.textContent("h1")).toBe("Community standards check");
    expect(await page.textContent("#summary")).toMatch(/^template\.xlsx: 5 subjects, \d+ findings: /);
    expect(await page.textContent("#subjects thead")).toContain("Overall");
    await screenshot(page, "9-english");
    await page.click("#lang");
    expect(await page.textContent("h1")).toBe("社区建设标准核查");
  }, 60_000);
});
