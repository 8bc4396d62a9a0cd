import { describe, expect, it } from "vitest";
import { isPlainFigure } from "../../src/arithmetic/isPlainFigure";
import { quarterOfDay } from "../../src/dates/quarterOfDay";

describe("isPlainFigure: a figure a rule can hold", () => {
  it.each([
    [300, true],
    [0, true],
    [-3.5, true],
    [1e15, true],
    [1e15 + 2, false],
    [-1e15 - 2, false],
    [0.000001, true],
    [1e-7, false],
    [5e-324, false],
    [1e308, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("%s → %s", (value, plain) => {
    expect(isPlainFigure(value)).toBe(plain);
  });
});

describe("quarterOfDay: the quarter of a day, at each quarter's edges", () => {
  it.each([
    ["2012-01-01", 2012, 1],
    ["2012-03-31", 2012, 1],
    ["2012-04-01", 2012, 2],
    ["2012-06-30", 2012, 2],
    ["2012-07-01", 2012, 3],
    ["2012-09-30", 2012, 3],
    ["2012-10-01", 2012, 4],
    ["2012-12-31", 2012, 4],
    ["0099-05-01", 99, 2],
  ])("%s is %s Q%s", (day, year, quarter) => {
    expect(quarterOfDay(day)).toEqual({ year, quarter });
  });
});
