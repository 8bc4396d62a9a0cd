import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumber } from "../../src/flat/readNumber";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

// Plain digits take a short path; the same digits followed by the column's unit take the general
// one (FIGURE, Decimal). Both must read them alike.
describe("readNumber: plain digits", () => {
  it.each([
    ["120", "m2", false, "120"],
    ["120", "people", true, 120],
    ["0012", "m2", false, "0012"],
    ["0012", "people", true, 12],
    ["１２０", "people", true, 120],
    ["999999999999999", "people", true, 999999999999999],
    ["999999999999999", "m2", false, "999999999999999"],
  ] as const)("%s (%s) → %j", (cell, unit, whole, value) => {
    expect(readNumber(cell, unit, whole)).toEqual({ value });
  });

  it("past 15 digits, a whole number is still read up to 2^53 − 1, and an amount is refused", () => {
    expect(readNumber("1000000000000000", "people", true)).toEqual({ value: 1e15 });
    expect(readNumber("1000000000000000", "m2", false)).toMatchObject({ error: { en: expect.stringContaining("at most 15 digits before the point") } });
  });

  it("reads digits as it reads the same digits with the column's unit", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,15}$/), fc.boolean(), (digits, whole) => {
        const [unit, word] = whole ? (["people", "人"] as const) : (["m2", "平方米"] as const);
        expect(readNumber(digits, unit, whole)).toEqual(readNumber(`${digits}${word}`, unit, whole));
      }),
      { numRuns: runs },
    );
  });

  it("echoes a cell in its error only when there is one", () => {
    expect(readNumber("12x", "m2", false)).toEqual({ error: { zh: '无法识别单位「x」，本列单位为平方米，收到 "12x"', en: 'unknown unit "x" (this column is in 平方米), received "12x"' } });
  });
});
