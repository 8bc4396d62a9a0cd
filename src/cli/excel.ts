import { createRequire } from "node:module";
import type * as ExcelJS from "exceljs";

// exceljs 4.4 (the latest release) parses each XML part of a workbook chunk by chunk and decodes
// every chunk on its own (lib/utils/parse-sax.js), so a Chinese character whose three UTF-8 bytes
// straddle two chunks turns into "���": 5 of 100,000 rows of 是/否 cells here, in files from Excel
// as well as our own. This module puts a parser that decodes the stream as a whole in that file's
// place, then loads exceljs itself: an `import` of exceljs would be evaluated before this code in
// the bundled CLI. Use `excel()` from here, never exceljs directly (tests/cli/exceljsUtf8.test.ts).
// It is loaded on first use: a check of a CSV file does not pay the 0.2 s it takes.
const require = createRequire(import.meta.url);

interface SaxParser {
  on(event: string, listener: (value: unknown) => void): void;
  write(text: string): void;
}

// saxes, the parser exceljs itself uses, set when exceljs is loaded.
let SaxesParser: new () => SaxParser;

async function* parseSax(iterable: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ eventType: string; value: unknown }[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder("utf-8");
  let error: unknown;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on("error", (e) => void (error = e));
  for (const eventType of ["opentag", "text", "closetag"]) parser.on(eventType, (value) => events.push({ eventType, value }));
  const feed = (text: string) => {
    parser.write(text);
    if (error) throw error;
    const out = events;
    events = [];
    return out;
  };
  for await (const chunk of iterable) yield feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  yield feed(decoder.decode());
}

let loaded: typeof ExcelJS | undefined;

/** exceljs, loaded on first use, after its XML parser was replaced. */
export function excel(): typeof ExcelJS {
  if (loaded === undefined) {
    const excelRequire = createRequire(require.resolve("exceljs"));
    const parseSaxPath = excelRequire.resolve("./lib/utils/parse-sax.js");
    ({ SaxesParser } = excelRequire("saxes") as { SaxesParser: new () => SaxParser });
    if (!require.cache[parseSaxPath]) {
      const module = new (require("node:module") as { Module: new (id: string) => NodeJS.Module }).Module(parseSaxPath);
      Object.assign(module, { filename: parseSaxPath, loaded: true, exports: parseSax });
      require.cache[parseSaxPath] = module;
    }
    loaded = require("exceljs") as typeof ExcelJS;
  }
  return loaded;
}
