import { readFile } from "node:fs/promises";
import { dropUnusedDecimalMethods } from "./dropUnusedDecimalMethods";
import { shortenDecimalConstants } from "./shortenDecimalConstants";

/**
 * An esbuild plugin that gives the spreadsheet builds a smaller decimal.js: the methods the library
 * never calls left out, ln(10) and π shortened. One plugin, because esbuild loads a file through
 * the first plugin that answers for it.
 */
export const decimalForSheetsPlugin = {
  name: "decimal-for-sheets",
  setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: "js" }>): void }) {
    build.onLoad({ filter: /[\\/]decimal\.js[\\/]decimal\.m?js$/ }, async ({ path }) => ({ contents: dropUnusedDecimalMethods(shortenDecimalConstants(await readFile(path, "utf8"))), loader: "js" }));
  },
};
