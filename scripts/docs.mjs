// npm run docs: docs/rules.md, generated from the rules (src/build/rulesMarkdown.ts, bundled here by
// esbuild, as the sources are TypeScript), and the API reference, docs/reference/ (TypeDoc, from
// the doc comments of every export; typedoc.json fails on an export without one).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const dir = mkdtempSync(join(tmpdir(), "docs-"));
try {
  const bundle = join(dir, "rulesMarkdown.mjs");
  await build({ entryPoints: ["src/build/rulesMarkdown.ts"], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "warning" });
  const { rulesMarkdown } = await import(pathToFileURL(bundle).href);
  writeFileSync("docs/rules.md", rulesMarkdown());
  console.log("docs/rules.md written");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (!process.argv.includes("--rules-only")) execFileSync(process.execPath, ["node_modules/typedoc/bin/typedoc"], { stdio: "inherit" });
