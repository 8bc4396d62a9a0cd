// The floor of a CSV report: its bytes written through the command line's own sink (fileOut: UTF-8
// encoding into 1 MiB chunks, handed to the file as the disk takes them), in strings of about one
// subject's lines, each made afresh as the command line makes them. Nothing is evaluated, so the
// time is what producing that many bytes of that text costs on this machine. (Until 2026-12-03
// this read the report back as well, and gave 7.2–9.1 s for 819 MB: most of it the reading.)
//   node dist/cli.js check rows.csv --format csv --output report.csv && node tests/bench/ioFloor.mjs report.csv
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const input = process.argv[2];
if (!input) throw new Error("usage: node tests/bench/ioFloor.mjs <report.csv>");
const dir = mkdtempSync(join(tmpdir(), "cscn-floor-"));
const bundle = join(dir, "fileOut.mjs");
await build({ entryPoints: [new URL("../../src/cli/fileOut.ts", import.meta.url).pathname], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "error" });
const { fileOut } = await import(bundle);

// The report's first 4 MB as the pieces to write, a subject's worth (about 38 lines) each.
const size = statSync(input).size;
const head = Buffer.alloc(4e6);
const fd = openSync(input, "r");
const lines = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString("utf8").split("\n").slice(1, -1);
closeSync(fd);
const pieces = [];
for (let i = 0; i + 38 <= lines.length; i += 38) pieces.push(`${lines.slice(i, i + 38).join("\n")}\n`);
const bytesOf = pieces.map((piece) => Buffer.byteLength(piece));
const started = performance.now();
const sink = fileOut(join(dir, "copy.csv"));
let written = 0;
for (let i = 0; written < size; i++) {
  // A fresh string each time, as a subject's lines are: the piece with a space on every other one.
  const piece = i & 1 ? `${pieces[i % pieces.length]} ` : pieces[i % pieces.length];
  written += bytesOf[i % pieces.length] + (i & 1);
  await sink.out(piece);
}
await sink.close();
const bytes = statSync(join(dir, "copy.csv")).size;
console.log(`written: ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (the report is ${(size / 1e6).toFixed(0)} MB)`);
rmSync(dir, { recursive: true, force: true });
