import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/displayWidth";
import { linesOf } from "../../src/report/xlsxReport";

describe("linesOf", () => {
  it.each([
    ["", 10, 1],
    ["abc", 10, 1],
    ["abcdefghij", 10, 1],
    ["abcdefghijk", 10, 2],
    ["longgang-2005/community-party-coordination", 12, 5],
    // LibreOffice fits a little more (lower-case letters are narrower than the digit a width unit measures): the estimate errs roomy.
    ["longgang-2005/shenzhen-standard-by-2007", 12, 5],
    ["社区警务室面积", 14, 1],
    ["社区警务室面积", 13, 2],
    ["社区警务室面积：未达标", 10, 3],
    ["200000.00 / 200000.00 / 200000.00", 6, 6],
  ])("%j in %i columns takes %i lines", (text, fits, lines) => expect(linesOf(text, fits)).toBe(lines));
});

// The regular expressions linesOf and displayWidth read text with before they went by code unit:
// kept here as the reference the faster versions must agree with.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
function referenceWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
function referenceLines(text: string, fits: number): number {
  const pieces = text.match(/[\u2E80-\u9FFF\uF900-\uFFEF]|[^\s\-/\u2E80-\u9FFF\uF900-\uFFEF]*[\s\-/]?/gu)?.filter((p) => p !== "") ?? [];
  let lines = 1;
  let used = 0;
  for (const piece of pieces) {
    let width = referenceWidth(piece);
    if (used > 0 && used + referenceWidth(piece.trimEnd()) > fits) {
      lines += 1;
      used = 0;
    }
    while (width > fits) {
      lines += 1;
      width -= fits;
    }
    used += width;
  }
  return lines;
}

describe("linesOf and displayWidth by code unit: what the regular expressions gave", () => {
  // Letters, digits, the break characters, Chinese and fullwidth text, Hangul, white space of every
  // kind (the ideographic space too), astral characters and lone surrogates.
  const unit = fc.constantFrom(..."ab1 -/.\t\n", "社", "区", "，", "（", "\u3000", "\u00a0", "\u2003", "\ufeff", "한", "\u1100", "\uff61", "\uffe6", "😀", "\ud800", "\udc00", "\u2e80", "\u9fff", "\uf900", "\uffef");
  const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(""));
  it("displayWidth", () => {
    fc.assert(fc.property(text, (t) => {
      expect(displayWidth(t)).toBe(referenceWidth(t));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
  it("linesOf", () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 20 }), (t, fits) => {
      expect(linesOf(t, fits)).toBe(referenceLines(t, fits));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
});
