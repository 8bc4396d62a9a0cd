import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { isDayText } from "../../src/dates/isDayText";

const runs = Number(process.env.FUZZ_RUNS ?? 400);
const nearDay = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("isDayText: zod's ISO day, digit by digit", () => {
  const zodDay = z.iso.date();
  it.each(["2012-02-29", "2000-02-29", "1900-02-28", "0000-02-29", "9999-12-31", "2013-04-30"])("%s is a day", (text) => {
    expect(isDayText(text)).toBe(true);
    expect(zodDay.safeParse(text).success).toBe(true);
  });
  it.each(["2013-02-29", "1900-02-29", "2100-02-29", "2013-04-31", "2013-00-10", "2013-13-01", "2013-01-00", "2013-1-01", "2013/01/01", "２０１３-01-01", "2013-01-01 ", ""])("%j is not", (text) => {
    expect(isDayText(text)).toBe(false);
    expect(zodDay.safeParse(text).success).toBe(false);
  });
  it("agrees with zod's regular expression on every near miss", () => {
    fc.assert(
      fc.property(fc.oneof(nearDay, fc.string({ unit: fc.constantFrom(..."0123456789-"), minLength: 8, maxLength: 11 })), (text) => {
        expect(isDayText(text)).toBe(zodDay.safeParse(text).success);
      }),
      { numRuns: Math.max(runs, 400) * 5 },
    );
  });
});
