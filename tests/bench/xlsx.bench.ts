import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, bench, describe } from "vitest";
import { writeBigWorkbook } from "./bigWorkbook";

// The command line's .xlsx path on 100,000 rows, as a separate process so its peak memory is its
// own: `npm run bench` prints the peak RSS beside the time (the README's figures come from here).
const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), "community-standards-bench-"));
const input = join(dir, "big.xlsx");
const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
const preload = new URL("./reportRss.mjs", import.meta.url).href;

function check(...args: string[]): void {
  const result = spawnSync(process.execPath, ["--import", preload, cli, "check", input, "--as-of", "2013-01-01", ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  const rss = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
  if (rss === undefined) throw new Error(`the command failed: ${result.stderr.slice(0, 500)}`);
  console.log(`check ${ROWS} .xlsx rows ${args.join(" ")}: peak RSS ${(Number(rss) / 1024).toFixed(0)} MB (ceiling 300 MB)`);
}

describe(`the command line on ${ROWS.toLocaleString("en")} .xlsx rows (peak RSS printed)`, () => {
  beforeAll(async () => {
    await writeBigWorkbook(input, ROWS);
  }, 120_000);
  const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };
  bench("read .xlsx, write CSV", () => check("--format", "csv", "--output", join(dir, "out.csv")), once);
  bench("read .xlsx, write the .xlsx report", () => check("--format", "xlsx", "--output", join(dir, "out.xlsx")), once);
});
