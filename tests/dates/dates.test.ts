import { isAfter, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarters } from "../../src/dates/calendarQuarters";
import { gapLongerThan } from "../../src/dates/gapLongerThan";
import { isAfterDay } from "../../src/dates/isAfterDay";
import { toIsoDate } from "../../src/dates/toIsoDate";
import { isoDay } from "../../src/dates/isoDay";
import { parseDay } from "../../src/dates/parseDay";

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

describe("calendarQuarters: every quarter from the document's force to the as-of day", () => {
  const q = (year: number, quarter: number, ended: boolean) => {
    const from = `${year}-${String(quarter * 3 - 2).padStart(2, "0")}-01`;
    const to = `${year}-${["03-31", "06-30", "09-30", "12-31"][quarter - 1]}`;
    return { year, quarter, from, to, ended };
  };
  it("from the quarter the document came into force, the running one not ended", () => {
    expect(calendarQuarters("2006-05-20", "2005-07-27")).toEqual([q(2005, 3, true), q(2005, 4, true), q(2006, 1, true), q(2006, 2, false)]);
  });
  it("on the last day of a quarter that quarter has not yet ended; the day after, it has", () => {
    expect(calendarQuarters("2012-03-31", "2012-01-01").map((x) => x.ended)).toEqual([false]);
    expect(calendarQuarters("2012-04-01", "2012-01-01").map((x) => x.ended)).toEqual([true, false]);
  });
  it("keeps last year's fourth quarter on the first day of the new year (the new year's first is running)", () => {
    expect(calendarQuarters("2012-12-31", "2012-07-01")).toEqual([q(2012, 3, true), q(2012, 4, false)]);
    expect(calendarQuarters("2013-01-01", "2012-07-01")).toEqual([q(2012, 3, true), q(2012, 4, true), q(2013, 1, false)]);
  });
  it("the day the document comes into force starts its quarter; the day before there is none", () => {
    expect(calendarQuarters("2005-07-27", "2005-07-27")).toEqual([q(2005, 3, false)]);
    expect(calendarQuarters("2005-07-26", "2005-07-27")).toEqual([]);
  });
  it("without a start date: the as-of year and the year before", () => {
    expect(calendarQuarters("2012-05-20").map((x) => `${x.year}Q${x.quarter}`)).toEqual(["2011Q1", "2011Q2", "2011Q3", "2011Q4", "2012Q1", "2012Q2"]);
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

describe("parseDay reads a day as date-fns's parseISO does", () => {
  it("agrees on every YYYY-MM-DD text, impossible days (2012-02-30, 2013-13-01) included", () => {
    const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(fc.property(text, (day) => {
      const [ours, theirs] = [parseDay(day).getTime(), parseISO(day).getTime()];
      return Number.isNaN(theirs) ? Number.isNaN(ours) || isoDay(new Date(ours)) !== day : ours === theirs;
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
  it.each(["2012-02-29", "0099-01-01", "1900-03-01"])("%s is its own day", (day) => {
    expect(isoDay(parseDay(day))).toBe(day);
  });
  it.each(["2012-2-29", "2012-02-29T00:00", "", "20120229"])("%j is no day", (text) => {
    expect(Number.isNaN(parseDay(text).getTime())).toBe(true);
  });
});
