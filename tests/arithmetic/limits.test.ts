import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Exact } from "../../src/arithmetic/exact";
import { smallestWholeAtLeast } from "../../src/arithmetic/smallestWholeAtLeast";
import { isExactAmount, toExact } from "../../src/arithmetic/toExact";
import { wholeOf } from "../../src/arithmetic/wholeOf";

describe("isExactAmount: finite, not negative, 15 digits before the point and 10 after", () => {
  it.each([
    [0, true],
    [0.5, true],
    [-1, false],
    [-0.5, false],
    [999_999_999_999_999, true],
    [1e15, false],
    [999_999_999_999.5, true],
    [1e15 + 0.5, false],
    [0.0123456789, true],
    [0.01234567891, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    [1e-10, true],
    [1.5e-10, false],
    [1e-11, false],
    [0.000001, true],
    [1.2345e-7, false],
    [123.0000000001, true],
    [123.00000000001, false],
  ])("%s → %s", (value, expected) => {
    expect(isExactAmount(value)).toBe(expected);
  });

  // The places are counted on the number's text; Decimal counts them on the same text.
  it("agrees with Decimal's count of places on any number", () => {
    const byDecimal = (v: number) => Number.isFinite(v) && v >= 0 && v < 1e15 && new Exact(String(v)).decimalPlaces() <= 10;
    const numbers = fc.oneof(fc.double(), fc.double({ min: 0, max: 1e-5 }), fc.integer({ min: 0, max: 10 ** 6 }).map((n) => n / 10 ** 7), fc.integer().map((n) => n / 1000));
    fc.assert(fc.property(numbers, (v) => isExactAmount(v) === byDecimal(v)), { numRuns: 20_000 });
  });
});

describe("toExact: what its RangeError says", () => {
  it.each([
    ["a negative number, by the default name", () => toExact(-1), 'value: expected a finite non-negative number with at most 15 digits before the point and 10 after, received -1'],
    ["a bad string, by the name given", () => toExact("12,5", "rooms[0].areaM2"), 'rooms[0].areaM2: expected a non-negative number or a decimal string such as "1200.5", at most 15 digits before the point and 10 after, received "12,5"'],
    ["a string of exactly 100 characters, whole", () => toExact("x".repeat(100)), `received "${"x".repeat(100)}"`],
    ["a string of 101, cut at 100", () => toExact("x".repeat(101)), `received "${"x".repeat(100)}"… (101 characters)`],
    ["null, by name", () => toExact(null as never), "received null"],
    ["a list, by kind", () => toExact([1] as never), "received a list"],
    ["an object, by type", () => toExact({} as never), "received object"],
  ])("%s", (_, run, message) => {
    expect(run).toThrow(RangeError);
    expect(run).toThrow(message);
  });

  it("reads a decimal string and a number exactly, and passes an Exact through", () => {
    expect(toExact("0.1").plus(toExact(0.2)).toFixed()).toBe("0.3");
    const exact = new Exact("1.5");
    expect(toExact(exact)).toBe(exact);
  });
});

describe("wholeOf: the fast path takes whole numbers under 10^15 only", () => {
  it.each([
    [0, 0],
    [45, 45],
    ["0", 0],
    ["120", 120],
    [-1, undefined],
    [1e15, undefined],
    [999_999_999_999_999, 999_999_999_999_999],
    [0.5, undefined],
    ["120.5", undefined],
    ["abc", undefined],
    ["", undefined],
    ["1".repeat(16), undefined],
    ["999999999999999", 999_999_999_999_999],
    ["12/", undefined],
    ["1:2", undefined],
  ])("%s → %s", (value, expected) => {
    expect(wholeOf(value)).toBe(expected);
  });
});

describe("smallestWholeAtLeast", () => {
  it("rounds up, and refuses past 2^53 by name", () => {
    expect(smallestWholeAtLeast(new Exact("300.15"))).toBe(301);
    expect(smallestWholeAtLeast(new Exact("300"))).toBe(300);
    expect(() => smallestWholeAtLeast(new Exact("9007199254740993"))).toThrow("value: the count asked for, 9007199254740993, is too large to give exactly");
    expect(() => smallestWholeAtLeast(new Exact("9007199254740993"), "volunteers")).toThrow(/^volunteers: /);
  });
});
