import { appendFileSync, copyFileSync, mkdirSync } from "node:fs";
import { defineConfig } from "tsup";
import { dropRuleNotesPlugin } from "./src/build/dropRuleNotes";
import { appsScriptWrappers } from "./src/sheets/customFunctions";

const APPS_SCRIPT_DIR = "dist/sheets/apps-script";
const GLOBAL = "CommunityStandards";

// No `clean`: the builds below run side by side and share dist/.
export default defineConfig([
  {
    // The library for TypeScript and Node users: ESM + CJS with types. The normalized
    // texts are a separate entry so that importing the rules does not pull ~100 KB of Chinese text.
    entry: { index: "src/index.ts", texts: "src/texts.ts" },
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
  {
    // Google Apps Script: one IIFE global plus top-level wrappers. Apps Script rejects modules and
    // class fields (es2019); `treeshake: true` would run a second pass that drops the uncalled wrappers.
    entry: { Code: "src/sheets/entry.ts" },
    outDir: APPS_SCRIPT_DIR,
    format: ["iife"],
    globalName: GLOBAL,
    platform: "browser",
    target: "es2019",
    noExternal: [/.*/],
    // Every byte counts against the 40 KB gzip budget: terser packs a little tighter than esbuild,
    // Chinese text stays UTF-8 rather than \uXXXX escapes, and the rules' notes (which no sheet
    // function shows) are left out.
    minify: "terser",
    terserOptions: { ecma: 2019, compress: { passes: 2 }, format: { ascii_only: false, comments: false } },
    esbuildOptions: (options) => {
      options.charset = "utf8";
    },
    esbuildPlugins: [dropRuleNotesPlugin],
    outExtension: () => ({ js: ".js" }),
    onSuccess: async () => {
      mkdirSync(APPS_SCRIPT_DIR, { recursive: true });
      // The wrappers are appended after minification, so their names, parameters and JSDoc stay as
      // Apps Script's autocomplete shows them.
      appendFileSync(`${APPS_SCRIPT_DIR}/Code.js`, `\n${appsScriptWrappers(GLOBAL)}`);
      copyFileSync("src/sheets/appsscript.json", `${APPS_SCRIPT_DIR}/appsscript.json`);
    },
  },
]);
