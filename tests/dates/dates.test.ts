import { isAfter, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarters } from "../../src/dates/calendarQuarters";
import { gapLongerThan } from "../../src/dates/gapLongerThan";
import { isAfterDay } from "../../src/dates/isAfterDay";
import { toIsoDate } from "../../src/dates/toIsoDate";

describe("isAfterDay", () => {
  it.each([
    ["the day after the due date is after it", "2016-01-01", "2015-12-31", true],
    ["the due date itself is not after it", "2015-12-31", "2015-12-31", false],
    ["the day before is not after it", "2015-12-30", "2015-12-31", false],
  ])("%s", (_, day, other, expected) => {
    expect(isAfterDay(day, other)).toBe(expected);
  });
});

describe("toIsoDate", () => {
  it("takes a Date's local calendar day", () => {
    expect(toIsoDate(new Date(2015, 11, 31, 23, 59))).toBe("2015-12-31");
  });
  it.each(["2012-02-29", "2000-02-29"])("accepts the leap day %s", (day) => {
    expect(toIsoDate(day)).toBe(day);
  });
  it.each(["2023-02-29", "2023-02-30", "2023-13-01", "2023-1-01", "20230101", ""])("refuses %j", (day) => {
    expect(() => toIsoDate(day, "asOf")).toThrow(/^asOf: expected a calendar date/);
  });
  it("refuses an invalid Date", () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(/invalid Date/);
  });
});

describe("calendarQuarters", () => {
  it("lists the quarters begun by the as-of day; the running one has not ended", () => {
    expect(calendarQuarters("2012-05-20")).toEqual([
      { quarter: 1, from: "2012-01-01", to: "2012-03-31", ended: true },
      { quarter: 2, from: "2012-04-01", to: "2012-06-30", ended: false },
    ]);
  });
  it("on the last day of a quarter that quarter has not yet ended", () => {
    expect(calendarQuarters("2012-03-31").map((q) => q.ended)).toEqual([false]);
  });
  it("the day after, it has", () => {
    expect(calendarQuarters("2012-04-01").map((q) => q.ended)).toEqual([true, false]);
  });
  it("skips quarters that ended before the document came into force", () => {
    expect(calendarQuarters("2005-12-31", "2005-07-27").map((q) => q.quarter)).toEqual([3, 4]);
  });
  it("lists all four at the end of the year", () => {
    expect(calendarQuarters("2012-12-31").map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
  });
});

describe("gapLongerThan", () => {
  it.each([
    ["exactly two years is not longer", ["2011-07-23", "2013-07-23"], null],
    ["two years and a day is", ["2011-07-23", "2013-07-24"], { from: "2011-07-23", to: "2013-07-24" }],
    ["order does not matter", ["2015-01-01", "2011-07-23", "2013-07-01"], null],
    ["a single day has no gap", ["2011-07-23"], null],
  ])("%s", (_, days, expected) => {
    expect(gapLongerThan(days, 2)).toEqual(expected);
  });
});

describe("isAfterDay compares days as text", () => {
  it("agrees with date-fns on any two days of four-digit years", () => {
    const day = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(fc.tuple(day, day), ([a, b]) => isAfterDay(a, b) === isAfter(parseISO(a), parseISO(b))), { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) });
  });
});

// toIsoDate keeps the days it has found on the calendar: what it keeps must never let a wrong day
// through, nor stop it answering past its bound.
describe("toIsoDate, day after day", () => {
  it.each([
    ["2012-02-29", "2013-02-29"],
    ["2023-02-28", "2023-02-30"],
    ["2015-12-31", "2015-12-32"],
  ])("takes %s and still refuses %s after it", (good, bad) => {
    expect(toIsoDate(good)).toBe(good);
    expect(toIsoDate(good)).toBe(good);
    expect(() => toIsoDate(bad, "asOf")).toThrow(`asOf: expected a calendar date written YYYY-MM-DD, received "${bad}"`);
  });

  it("answers for 12,000 different days, past the 10,000 it keeps", () => {
    const start = Date.UTC(1990, 0, 1);
    const days = Array.from({ length: 12_000 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    expect(days.filter((day) => toIsoDate(day) !== day)).toEqual([]);
    expect(days.filter((day) => toIsoDate(day) !== day)).toEqual([]);
    expect(() => toIsoDate("2021-02-29")).toThrow(RangeError);
  });
});
