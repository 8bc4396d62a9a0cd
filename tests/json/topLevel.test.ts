import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonShapeError, createSubjectTreeSplitter } from "../../src/json/createSubjectTreeSplitter";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

function split(text: string, cuts: number[] = [], max?: number): unknown[] {
  // Kept whole (wholeUpTo: Infinity), as the command line keeps a small subject: any JSON values.
  const splitter = createSubjectTreeSplitter({ wholeUpTo: Number.POSITIVE_INFINITY, ...(max !== undefined && { maxPieceLength: max }) });
  const out: string[] = [];
  let from = 0;
  for (const point of [...cuts, text.length]) {
    out.push(...splitter.push(text.slice(from, point)).map((p) => p.text));
    from = point;
  }
  out.push(...splitter.end().map((p) => p.text));
  return out.map((t) => JSON.parse(t));
}

describe("createSubjectTreeSplitter at the top level: one value, or an array of any JSON values", () => {
  it("gives back every element of any array, however the text is cut", () => {
    fc.assert(
      fc.property(fc.tuple(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean()), ([values, cuts, pretty]) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        expect(split(text, points)).toEqual(JSON.parse(text));
      }),
      { numRuns: runs },
    );
  });

  it.each([
    ["one object, not an array", '{"kind":"community","id":"c"}', [{ kind: "community", id: "c" }]],
    ["one object after a BOM and white space", '\uFEFF \n{"id":"c"}', [{ id: "c" }]],
    ["strings holding brackets, commas and escaped quotes", '[{"n":"a],[b\\"}{"}, "x,y"]', [{ n: 'a],[b"}{' }, "x,y"]],
    ["an empty array", "[ ]", []],
    ["nothing at all", "", []],
  ])("reads %s", (_, text, values) => {
    expect(split(text)).toEqual(values);
  });

  it.each([
    ["an array never closed", '[{"id":"a"},{"id":"b"}', 2, /never closed/, "数组没有以 ] 结尾"],
    ["text after the array", '[{"id":"a"}] x', 1, /after the closing/, "数组的结尾 ] 之后还有内容"],
    ["two commas in a row", '[{"id":"a"},,{"id":"b"}]', 2, /empty element/, "空元素（是否连写了两个逗号？）"],
    ["an unmatched brace", '[{"id":"a"}}]', 1, /unmatched \}/, "多出一个 }，没有与之配对的括号"],
    ["a missing comma", '[{"id":"a"} {"id":"b"}]', 1, /a comma is missing/, "两个元素之间缺少逗号"],
  ])("refuses %s, naming the element, in English and in Chinese", (_, text, element, message, zh) => {
    let error: unknown;
    try {
      split(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonShapeError);
    expect(error).toMatchObject({ element, message: expect.stringMatching(message), reason: { zh } });
  });

  it("refuses an element past the length limit, so one huge value cannot take the memory", () => {
    expect(() => split(`[${JSON.stringify("x".repeat(200))}]`, [], 100)).toThrow(/^the subject is longer than 100 characters$/);
    expect(() => split(`[${JSON.stringify("x".repeat(200))}]`, [], 100)).toThrow(expect.objectContaining({ reason: { zh: "主体 超过 100 个字符", en: "the subject is longer than 100 characters" } }));
  });
});
