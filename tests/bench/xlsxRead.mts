// npm run bench:read: 50,000 template rows in an .xlsx,
// read by the library's own reader (src/read/xlsx, rows to subjects, as the command line and the
// page read them) and by exceljs (its streaming reader, rows only, and readFile into memory), in
// alternating rounds; prints each time and the ratio (issue 24: at most 2× exceljs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { excel } from "../../src/cli/excel";
import { xlsxItems } from "../../src/cli/sources";
import { writeBigWorkbook } from "./bigWorkbook";

const ROWS = Number(process.argv[2] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), "cscn-read-"));
const file = join(dir, "rows.xlsx");
await writeBigWorkbook(file, ROWS);

async function library(): Promise<number> {
  let subjects = 0;
  for await (const item of xlsxItems(file)) if ("subject" in item) subjects += 1;
  return subjects;
}
async function exceljsStream(): Promise<number> {
  let rows = 0;
  const reader = new (excel().stream.xlsx.WorkbookReader)(file, { sharedStrings: "cache", worksheets: "emit", styles: "ignore", hyperlinks: "ignore" });
  for await (const sheet of reader) for await (const row of sheet) if ((row as { number: number }).number > 1) rows += 1;
  return rows;
}
async function exceljsMemory(): Promise<number> {
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!.rowCount - 1;
}

const contenders = [["library reader (rows to subjects)", library], ["exceljs streaming reader (rows)", exceljsStream], ["exceljs readFile (in memory)", exceljsMemory]] as const;
const times: number[][] = contenders.map(() => []);
for (let round = 0; round < 3; round++) {
  for (const [i, [, run]] of contenders.entries()) {
    const started = performance.now();
    const count = await run();
    times[i]!.push(performance.now() - started);
    if (count !== ROWS) throw new Error(`${contenders[i]![0]} read ${count} of ${ROWS} rows`);
  }
}
rmSync(dir, { recursive: true, force: true });
const best = times.map((t) => Math.min(...t) / 1000);
contenders.forEach(([name], i) => console.log(`${name.padEnd(40)} ${best[i]!.toFixed(2)} s (runs ${times[i]!.map((t) => (t / 1000).toFixed(2)).join(", ")})`));
console.log(`${ROWS} rows: the library's reader is ${(best[0]! / best[1]!).toFixed(2)}× exceljs's streaming reader, ${(best[0]! / best[2]!).toFixed(2)}× its readFile`);
