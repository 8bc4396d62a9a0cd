import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAtLeastTimes } from "../../src/arithmetic/isAtLeastTimes";

const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe("isAtLeastTimes", () => {
  it.each([
    ["150 m² covers 45,000 at 1 in 300, exactly", "150", 300, "45000", true],
    ["a fen short", "149.99", 300, "45000", false],
    ["a fen over", "150.01", 300, "45000", true],
    ["whole numbers", 150, 300, 45000, true],
    ["a building area to the hundredth, just covered", "150.01", 300, "45003.00", true],
    ["a building area to the hundredth, a hundredth over", "150.01", 300, "45003.01", false],
    ["past fifteen digits in all (Decimal)", "149999.9999999999", 300, "45000000", false],
    ["past fifteen digits, at the boundary (Decimal)", "150000.0000000000", 300, "45000000", true],
    ["a product past 2^53: past the floor however rounded", "9007199254740", 1000, "900719925474099", true],
    ["a floor past 2^53 in thousandths (Decimal), at the boundary", "900719925474.099", 1000, "900719925474099", true],
    ["a floor past 2^53 in thousandths (Decimal), a thousandth short", "900719925474.098", 1000, "900719925474099", false],
    ["a fractional ratio, as an override may give (Decimal)", "100", 2.5, "250", true],
    ["a fractional ratio, a hundredth short (Decimal)", "99.99", 2.5, "250", false],
    ["nothing provided", 0, 300, "1", false],
    ["a ratio of 2, reached", 600, 2, 1000, true],
    ["a ratio of 2, a hundredth short", "499.99", 2, 1000, false],
  ] as const)("%s", (_, value, times, floor, expected) => {
    expect(isAtLeastTimes(value, times, floor)).toBe(expected);
  });

  it("agrees with Decimal on figures of every length the schema takes", () => {
    const figure = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.stringMatching(/^(0|[1-9]\d{0,14})(\.\d{1,10})?$/));
    const times = fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.5, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(figure, times, figure, (value, by, floor) => {
        expect(isAtLeastTimes(value, by, floor)).toBe(new Decimal(value).times(by).gte(new Decimal(floor)));
      }),
      { numRuns: runs },
    );
  });
});
