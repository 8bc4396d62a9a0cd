import { describe, expect, it } from "vitest";
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
