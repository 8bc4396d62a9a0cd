import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quarterNumberOfDay } from "../../src/dates/quarterNumberOfDay";

describe("quarterNumberOfDay", () => {
  it.each([
    ["2012-01-01", 2012 * 4 + 1],
    ["2012-03-31", 2012 * 4 + 1],
    ["2012-04-01", 2012 * 4 + 2],
    ["2012-06-30", 2012 * 4 + 2],
    ["2012-07-01", 2012 * 4 + 3],
    ["2012-09-30", 2012 * 4 + 3],
    ["2012-10-01", 2012 * 4 + 4],
    ["2012-12-31", 2012 * 4 + 4],
    ["2013-01-01", 2013 * 4 + 1],
    ["0001-12-31", 1 * 4 + 4],
    ["9999-12-31", 9999 * 4 + 4],
  ])("%s is quarter number %i", (day, number) => {
    expect(quarterNumberOfDay(day)).toBe(number);
  });

  it("is the year × 4 + the quarter its month falls in, for every day of years 1 to 9999", () => {
    const day = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(day, (text) => {
        const month = Number(text.slice(5, 7));
        const quarter = month <= 3 ? 1 : month <= 6 ? 2 : month <= 9 ? 3 : 4;
        expect(quarterNumberOfDay(text)).toBe(Number(text.slice(0, 4)) * 4 + quarter);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  });
});
