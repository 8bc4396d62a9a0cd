import fc from "fast-check";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { cellTypeOf, rowXml, xmlText } from "../../src/report/sheetXml";

// exceljs's own escaping, which the rows written as XML must match character for character.
const { xmlEncode } = createRequire(import.meta.url)("exceljs/lib/utils/utils.js") as { xmlEncode(text: string): string };

describe("xmlText", () => {
  it.each([
    ["plain", "社区警务室面积", "社区警务室面积"],
    ["the five markup characters", `<a href="x">&'</a>`, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"],
    ["tab, line feed and carriage return kept", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["other control characters and DEL dropped", "a\u0000b\u0008c\u000bd\u001fe\u007ff", "abcdef"],
    ["at the ends", "&x<", "&amp;x&lt;"],
  ])("%s", (_, text, expected) => {
    expect(xmlText(text)).toBe(expected);
    expect(xmlText(text)).toBe(xmlEncode(text));
  });

  it("is exceljs's xmlEncode on any text", () => {
    const char = fc.oneof(fc.constantFrom("<", ">", "&", "'", '"', "\u007f", "\t", "\n", "\r", "\u0000", "\u001f", "社", "😀"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
        expect(xmlText(text)).toBe(xmlEncode(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe("rowXml", () => {
  it("writes text, numbers, days and empty cells as exceljs's streaming writer does", () => {
    expect(rowXml(7, 45, ["c<1>", 8.5, new Date("2010-12-31T00:00:00Z"), null, null], [4, 4, 6, 4, 0])).toBe(
      '<row r="7" ht="45" customHeight="1" spans="1:5" x14ac:dyDescent="0.25">' +
        '<c r="A7" s="4" t="str"><v>c&lt;1&gt;</v></c><c r="B7" s="4"><v>8.5</v></c><c r="C7" s="6"><v>40543</v></c><c r="D7" s="4"/></row>',
    );
  });

  it.each([
    [null, 0],
    [1.5, 2],
    ["", 3],
    [new Date(0), 4],
  ] as const)("gives %s exceljs's cell type %i", (value, type) => expect(cellTypeOf(value)).toBe(type));
});
