import { describe, expect, it } from "vitest";
import { createCsvParser } from "../../src/csv/createCsvParser";
import { createTextDecoder } from "../../src/csv/createTextDecoder";
import { toCsvLine } from "../../src/csv/toCsvLine";
import { displayWidth, padDisplay } from "../../src/format/displayWidth";
import { encodeGbk } from "./encodeGbk";

const parseAll = (text: string, chunk = text.length) => {
  const parser = createCsvParser();
  const records: string[][] = [];
  for (let i = 0; i < text.length; i += chunk) records.push(...parser.push(text.slice(i, i + chunk)));
  return [...records, ...parser.end()];
};

const SAMPLE = '\uFEFFid,name,note\r\nc1,"沙塘布,社区","说""是"""\r\nc2,,"两\r\n行"\nc3,x,y';
const EXPECTED = [
  ["id", "name", "note"],
  ["c1", "沙塘布,社区", '说"是"'],
  ["c2", "", "两\r\n行"],
  ["c3", "x", "y"],
];

describe("createCsvParser", () => {
  it("reads a byte-order mark, CRLF and LF, quoted commas, doubled quotes and line breaks in quotes", () => {
    expect(parseAll(SAMPLE)).toEqual(EXPECTED);
  });

  it.each([1, 2, 3, 5, 7])("gives the same records fed %i characters at a time", (chunk) => {
    expect(parseAll(SAMPLE, chunk)).toEqual(EXPECTED);
  });

  it("keeps a trailing empty field and ignores a final line break", () => {
    expect(parseAll("a,b,\r\n")).toEqual([["a", "b", ""]]);
  });
});

describe("toCsvLine", () => {
  it("quotes only where needed, and round-trips through the parser", () => {
    const values = ["c1", '说"是"', "a,b", "两\n行", 3, null];
    expect(toCsvLine(values)).toBe('c1,"说""是""","a,b","两\n行",3,');
    expect(parseAll(toCsvLine(values))).toEqual([["c1", '说"是"', "a,b", "两\n行", "3", ""]]);
  });
});

describe("createTextDecoder", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode("id,名称\n"), "utf-8"],
    ["GBK", encodeGbk("id,名称\n"), "gb18030"],
  ])("detects %s and decodes it", (_, bytes, encoding) => {
    const decoder = createTextDecoder(bytes);
    expect(decoder.encoding).toBe(encoding);
    expect(decoder.decode(bytes) + decoder.end()).toBe("id,名称\n");
  });

  it("decodes a character split across two chunks", () => {
    const bytes = new TextEncoder().encode("社区");
    const decoder = createTextDecoder(bytes.slice(0, 4));
    expect(decoder.decode(bytes.slice(0, 4)) + decoder.decode(bytes.slice(4)) + decoder.end()).toBe("社区");
  });
});

describe("displayWidth", () => {
  it.each([
    ["c1", 2],
    ["社区c1", 6],
    ["（期限）", 8],
  ])("%s takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("pads to a display width", () => {
    expect(padDisplay("社区", 6)).toBe("社区  ");
  });
});
