import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "../../src/csv/neutralizeFormula";

describe("neutralizeFormula: text a spreadsheet would run as a formula gets an apostrophe", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")"])("%j → prefixed", (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });
  it.each(["", "c1", "1=1", " =1", "'=1", "社区", "（=1）", "\n=1"])("%j → as it is", (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});
