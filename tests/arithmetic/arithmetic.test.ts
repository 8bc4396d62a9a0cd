import { describe, expect, it } from "vitest";
import { ceilToHundredth } from "../../src/arithmetic/ceilToHundredth";
import { Exact } from "../../src/arithmetic/exact";
import { formatExact } from "../../src/arithmetic/formatExact";
import { formatPercent } from "../../src/arithmetic/formatPercent";
import { roundToFen } from "../../src/arithmetic/roundToFen";
import { smallestWholeAtLeast } from "../../src/arithmetic/smallestWholeAtLeast";
import { toExact } from "../../src/arithmetic/toExact";

describe("toExact", () => {
  it.each([
    ["a whole number", 200, "200"],
    ["a binary-unfriendly number, read by its shortest decimal form", 0.1, "0.1"],
    ["a decimal string, kept exactly", "1200.50", "1200.5"],
    ["zero", 0, "0"],
  ])("reads %s", (_, input, expected) => {
    expect(toExact(input).toFixed()).toBe(expected);
  });

  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(toExact(0.1).plus(toExact(0.2)).eq("0.3")).toBe(true);
  });

  it.each([
    ["a negative number", -1],
    ["infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["a string with letters", "12a"],
    ["exponent notation", "1e3"],
    ["a negative string", "-5"],
  ])("refuses %s, naming the value", (_, input) => {
    expect(() => toExact(input as number | string, "areaM2")).toThrow(/^areaM2: /);
  });

  it("leaves the global Decimal precision alone", async () => {
    const { default: Decimal } = await import("decimal.js");
    expect(Decimal.precision).toBe(20);
    expect(Exact.precision).toBe(40);
  });
});

describe("rounding", () => {
  it.each([
    ["1000 ÷ 300 = 3.333… rounds up", new Exact(1000).div(300), "3.34"],
    ["an exact hundredth stays", new Exact("3.33"), "3.33"],
    ["a hair above a hundredth rounds up", new Exact("3.330001"), "3.34"],
    ["whole numbers get two decimals", new Exact(200), "200.00"],
  ])("ceilToHundredth: %s", (_, value, expected) => {
    expect(ceilToHundredth(value)).toBe(expected);
  });

  it.each([
    ["half a fen rounds up", "4.515", "4.52"],
    ["just under half a fen rounds down", "4.51499", "4.51"],
    ["10.1 × 1.05 = 10.605", new Exact("10.1").times("1.05"), "10.61"],
  ])("roundToFen: %s", (_, value, expected) => {
    expect(roundToFen(new Exact(value))).toBe(expected);
  });

  it.each([
    ["two thirds", new Exact(2).div(3), "66.67"],
    ["five sevenths", new Exact(5).div(7), "71.43"],
    ["one half", new Exact(1).div(2), "50.00"],
  ])("formatPercent: %s", (_, ratio, expected) => {
    expect(formatPercent(ratio)).toBe(expected);
  });

  it.each([
    ["300.15 needs 301", "300.15", 301],
    ["exactly 300 needs 300", "300", 300],
    ["0.0001 needs 1", "0.0001", 1],
    ["0 needs 0", "0", 0],
  ])("smallestWholeAtLeast: %s", (_, value, expected) => {
    expect(smallestWholeAtLeast(new Exact(value))).toBe(expected);
  });

  it("formatExact writes plain decimals without exponent", () => {
    expect(formatExact(new Exact("1e-7"))).toBe("0.0000001");
    expect(formatExact(new Exact("200.50"))).toBe("200.5");
  });
});
