// The floor of a CSV report: its bytes read as text and written back through a write stream in
// chunks of about one subject's lines, as the command line writes them. Nothing is computed, so
// the time is what reading and writing that many bytes costs on this machine.
//   node dist/cli.js check rows.csv --format csv --output report.csv && node tests/bench/ioFloor.mjs report.csv
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const input = process.argv[2];
if (!input) throw new Error("usage: node tests/bench/ioFloor.mjs <report.csv>");
const dir = mkdtempSync(join(tmpdir(), "cscn-floor-"));
const started = performance.now();
const out = createWriteStream(join(dir, "copy.csv"));
let pending = "";
for await (const chunk of createReadStream(input, { encoding: "utf8", highWaterMark: 1 << 16 })) {
  pending += chunk;
  if (pending.length > 8000) {
    if (!out.write(pending)) await new Promise((resolve) => out.once("drain", resolve));
    pending = "";
  }
}
out.end(pending);
await new Promise((resolve) => out.on("finish", resolve));
console.log(`read and written back: ${(statSync(input).size / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
rmSync(dir, { recursive: true, force: true });
