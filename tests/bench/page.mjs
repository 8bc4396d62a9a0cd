// npm run bench:page (after the build): a 5,000-row workbook (the template's example rows over and
// over, each with its own id, decimal areas as offices type them) checked in the page in headless
// Chromium, beside the command line on the same file. Each is run three times; the best is printed.
// The page's budget (issue 21): 3 s.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const ROOT = resolve(import.meta.dirname, "../..");
const ROWS = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), "cscn-page-"));
const file = join(dir, `${ROWS}.xlsx`);

// The template as a clerk fills it: its data sheet's example rows, copied to ROWS rows.
const template = new ExcelJS.Workbook();
await template.xlsx.readFile(join(ROOT, "examples/template.xlsx"));
const data = template.getWorksheet("数据");
const examples = [];
data.eachRow((row, number) => number > 2 && examples.push(row.values.slice(1)));
const idColumn = data.getRow(2).values.slice(1).indexOf("id");
const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
const sheet = out.addWorksheet("数据");
sheet.addRow(data.getRow(1).values.slice(1)).commit();
for (let i = 0; i < ROWS; i++) {
  const row = [...examples[i % examples.length]];
  row[idColumn] = `${row[idColumn]}-${i}`;
  sheet.addRow(row).commit();
}
await sheet.commit();
await out.commit();

const best = (runs) => Math.min(...runs);
const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const cli = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", file, "--as-of", "2013-06-30", "--format", "csv", "--output", join(dir, "out.csv")], { encoding: "utf8" });
  cliRuns.push((performance.now() - started) / 1000);
  if (i === 0) console.log(`command line: ${cli.stderr.trim().split("\n").at(-2)}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
const pageRuns = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(ROOT, "dist/web/社区建设标准核查.html")).href);
  await page.fill("#asOf", "2013-06-30");
  const started = performance.now();
  await page.setInputFiles("#file", file);
  await page.waitForSelector("#results:not([hidden]), .message.error", { timeout: 300_000 });
  pageRuns.push((performance.now() - started) / 1000);
  if (i === 0) console.log(`page:         ${await page.textContent("#summary")}`);
  await page.close();
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log(`${ROWS} rows: page ${best(pageRuns).toFixed(2)} s (runs ${pageRuns.map((s) => s.toFixed(2)).join(", ")}; budget 3 s), command line ${best(cliRuns).toFixed(2)} s (runs ${cliRuns.map((s) => s.toFixed(2)).join(", ")}), ratio ${(best(pageRuns) / best(cliRuns)).toFixed(2)}`);
