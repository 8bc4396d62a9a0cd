import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { dropUnshownRuleTextPlugin } from "./src/build/dropUnshownRuleText";
import { decimalForSheetsPlugin } from "./src/build/decimalForSheets";
import { solidPng } from "./src/build/solidPng";
import {
  EXCEL_FUNCTIONS_HTML,
  GLOBAL,
  WPS_INDEX_HTML,
  appsScriptWrappers,
  excelFunctionsJson,
  excelManifest,
  excelWrappers,
  wpsAddinWrappers,
  wpsFunctionsJson,
  wpsMacroWrappers,
  wpsManifest,
} from "./src/sheets/builds";

const SHEETS = "dist/sheets";

/**
 * A spreadsheet build: one IIFE global (`CommunityStandards`), and the files `finish` writes from
 * the bundle. Every byte counts against the 40 KB gzip budget: terser packs a little tighter than
 * esbuild, Chinese text stays UTF-8 rather than \uXXXX escapes, and the rules' notes and quotes
 * (which no sheet function shows) are left out, and so are decimal.js's methods the library never
 * calls (trigonometry, logarithms, powers) and all but 100 digits of its ln(10) and π. `treeshake: true` would run a second pass; not needed.
 */
function sheetBuild(name: string, entry: string, target: "es2015" | "es2019", finish: (bundle: string, dir: string) => void): Options {
  const dir = `${SHEETS}/${name}`;
  return {
    entry: { bundle: entry },
    outDir: dir,
    format: ["iife"],
    globalName: GLOBAL,
    platform: "browser",
    target,
    noExternal: [/.*/],
    minify: "terser",
    terserOptions: { ecma: target === "es2015" ? 2015 : 2019, compress: { passes: 2 }, format: { ascii_only: false, comments: false } },
    esbuildOptions: (options) => {
      options.charset = "utf8";
      // No sheet function explains a finding: the explanation steps' text is left out (src/measure/trace.ts).
      options.define = { ...options.define, __SHEETS__: "true" };
    },
    esbuildPlugins: [dropUnshownRuleTextPlugin, decimalForSheetsPlugin],
    outExtension: () => ({ js: ".js" }),
    // The wrappers are written after minification, so their names, parameters and JSDoc stay as
    // each spreadsheet shows them.
    onSuccess: async () => {
      const bundle = readFileSync(`${dir}/bundle.js`, "utf8");
      rmSync(`${dir}/bundle.js`);
      finish(bundle, dir);
    },
  };
}

// No `clean`: the builds below run side by side and share dist/.
export default defineConfig([
  {
    // The library for TypeScript and Node users: ESM + CJS with types. The normalized
    // texts are a separate entry so that importing the rules does not pull ~100 KB of Chinese text.
    entry: { index: "src/index.ts", texts: "src/texts.ts", calculators: "src/calculators/index.ts", testing: "src/testing/index.ts", authoring: "src/authoring/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2020",
  },
  {
    // The command line (`community-standards`, and `npm start`).
    entry: { cli: "src/cli/run.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
  // Google Apps Script rejects modules and class fields (es2019).
  sheetBuild("apps-script", "src/sheets/platforms/appsScript.ts", "es2019", (bundle, dir) => {
    writeFileSync(`${dir}/Code.js`, `${bundle}\n${appsScriptWrappers()}`);
    copyFileSync("src/sheets/appsscript.json", `${dir}/appsscript.json`);
  }),
  // WPS: the JS-macro module (English and Chinese names) and the wpsjs add-in; WPS documents
  // "most of ES6", so the code is ES2015.
  sheetBuild("wps", "src/sheets/platforms/wps.ts", "es2015", (bundle, dir) => {
    writeFileSync(`${dir}/macro.js`, `${bundle}\n${wpsMacroWrappers()}`);
    mkdirSync(`${dir}/addin`, { recursive: true });
    writeFileSync(`${dir}/addin/functions.js`, `${bundle}\n${wpsAddinWrappers()}`);
    writeFileSync(`${dir}/addin/functions.json`, wpsFunctionsJson());
    writeFileSync(`${dir}/addin/manifest.xml`, wpsManifest());
    writeFileSync(`${dir}/addin/index.html`, WPS_INDEX_HTML);
  }),
  // Excel custom functions (Office Add-ins).
  sheetBuild("excel", "src/sheets/platforms/excel.ts", "es2019", (bundle, dir) => {
    writeFileSync(`${dir}/functions.js`, `${bundle}\n${excelWrappers()}`);
    writeFileSync(`${dir}/functions.json`, excelFunctionsJson("en"));
    writeFileSync(`${dir}/functions.zh-CN.json`, excelFunctionsJson("zh"));
    writeFileSync(`${dir}/functions.html`, EXCEL_FUNCTIONS_HTML);
    writeFileSync(`${dir}/manifest.xml`, excelManifest());
    writeFileSync(`${dir}/icon-32.png`, solidPng(32, [0x1f, 0x6f, 0xb2]));
    writeFileSync(`${dir}/icon-64.png`, solidPng(64, [0x1f, 0x6f, 0xb2]));
  }),
]);
