import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { excel } from "../../src/cli/excel";

const require = createRequire(import.meta.url);
const excelRequire = createRequire(require.resolve("exceljs"));

type Events = { eventType: string; value: unknown }[];
// The parser is replaced when exceljs is first loaded through excel(), as the command line loads it.
excel();
const parseSax = excelRequire("./lib/utils/parse-sax.js") as (chunks: AsyncIterable<Uint8Array>) => AsyncGenerator<Events>;

async function* chunksOf(bytes: Uint8Array, cuts: number[]) {
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
}

async function textOf(bytes: Uint8Array, cuts: number[]) {
  let text = "";
  for await (const events of parseSax(chunksOf(bytes, cuts))) for (const e of events) if (e.eventType === "text") text += e.value as string;
  return text;
}

describe("exceljs's XML parser, as this package loads it", () => {
  const xml = new TextEncoder().encode("<c><is><t>是否有无√×社区</t></is></c>");

  it.each(Array.from({ length: 12 }, (_, i) => [10 + i]))("keeps Chinese whole when a chunk ends at byte %i, inside a character", async (cut) => {
    expect(await textOf(xml, [cut])).toBe("是否有无√×社区");
  });

  it("is the parser the exported exceljs reads with", () => {
    expect(excel().stream.xlsx.WorkbookReader).toBe(excelRequire("./lib/stream/xlsx/workbook-reader.js"));
    expect(parseSax.toString()).toContain("stream: true");
  });

  it("keeps Chinese whole when every chunk is one byte", async () => {
    expect(await textOf(xml, Array.from({ length: xml.length - 1 }, (_, i) => i + 1))).toBe("是否有无√×社区");
  });
});
