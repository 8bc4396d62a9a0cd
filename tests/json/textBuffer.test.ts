import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextBuffer } from "../../src/json/textBuffer";

// Characters are joined 4,096 at a time: the table runs across that boundary, one either side.
const filled = (start: string, chars: string[]) => {
  const buffer = new TextBuffer(start);
  for (const ch of chars) buffer.add(ch);
  return buffer;
};
const letters = (n: number) => Array.from({ length: n }, (_, i) => "社区abc"[i % 5]!);

describe("TextBuffer", () => {
  it.each([0, 1, 4095, 4096, 4097, 8192, 8193, 3 * 4096 + 7])("after %i characters added to \"{\", holds them all in order, with their length", (n) => {
    const chars = letters(n);
    const buffer = filled("{", chars);
    expect(buffer.length).toBe(1 + n);
    expect(buffer.toString()).toBe(`{${chars.join("")}`);
  });

  it.each([4095, 4096, 4097])("read after %i characters and added to after, gives the text read and then the rest", (n) => {
    const chars = letters(n);
    const buffer = filled("[", chars);
    const first = buffer.toString();
    for (const ch of letters(5000)) buffer.add(ch);
    expect(first).toBe(`[${chars.join("")}`);
    expect(buffer.toString()).toBe(`[${chars.join("")}${letters(5000).join("")}`);
    expect(buffer.length).toBe(1 + n + 5000);
  });

  it("counts a character outside the BMP (two UTF-16 units) as 2, as String.length does", () => {
    expect(filled("", ["𠀀", "a"]).length).toBe(3);
  });

  it("gives what += would have given, for any characters read at any moments", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.string({ unit: "grapheme", maxLength: 1 }), fc.boolean()), { maxLength: 9000 }), (start, steps) => {
        const buffer = new TextBuffer(start);
        let expected = start;
        for (const [ch, read] of steps) {
          buffer.add(ch);
          expected += ch;
          if (read) expect(buffer.toString()).toBe(expected);
        }
        expect(buffer.toString()).toBe(expected);
        expect(buffer.length).toBe(expected.length);
      }),
      { numRuns: 30 },
    );
  });
});
