// Builds the offline page: one HTML file with its script, stylesheet and worker inlined, opened from
// disk with no network (a Content-Security-Policy that allows no connection, scripts and styles by
// their hashes). esbuild bundles the library's own code, and exceljs's browser build for workbooks.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const PAGE = "dist/web/社区建设标准核查.html";
/** The page's size budget (issue 21): 2 MB. */
export const BUDGET = 2 * 1024 * 1024;

const common = { bundle: true, platform: "browser", target: "es2020", minify: true, write: false, charset: "utf8", legalComments: "none", logLevel: "warning" };

async function bundle(entry, define = {}) {
  const result = await build({ ...common, entryPoints: [entry], format: "iife", define });
  return result.outputFiles[0].text;
}

const hash = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
// A script ending "</script>" inside the HTML would end it early.
const safe = (text) => text.replace(/<\/(script|style)/gi, "<\\/$1");

const worker = await bundle("src/web/worker.ts");
const script = safe(await bundle("src/web/main.ts", { __WORKER__: JSON.stringify(worker) }));
const style = readFileSync("src/web/style.css", "utf8");
const html = readFileSync("src/web/page.html", "utf8")
  .replace("__SCRIPT_HASH__", hash(script))
  .replace("__STYLE_HASH__", hash(style))
  .replace("__STYLE__", () => style)
  .replace("__SCRIPT__", () => script);
mkdirSync("dist/web", { recursive: true });
writeFileSync(PAGE, html);
const bytes = Buffer.byteLength(html);
console.log(`${PAGE}: ${(bytes / 1024).toFixed(0)} KB (${(gzipSync(html).length / 1024).toFixed(0)} KB gzip; worker ${(Buffer.byteLength(worker) / 1024).toFixed(0)} KB); budget ${BUDGET / 1024} KB`);
if (bytes > BUDGET) {
  console.error(`the page is over its budget of ${BUDGET} bytes`);
  process.exit(1);
}
