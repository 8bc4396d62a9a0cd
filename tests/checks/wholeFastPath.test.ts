import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Exact } from "../../src/arithmetic/exact";
import { isExactAmount } from "../../src/arithmetic/toExact";
import { wholeOf } from "../../src/arithmetic/wholeOf";
import { atLeast } from "../../src/checks/atLeast";
import { withinRange } from "../../src/checks/withinRange";
import { areaServing } from "../../src/engine/areaServing";
import type { Unit } from "../../src/types";

// Whole figures skip Decimal (src/arithmetic/wholeOf.ts). The same figure given as a Decimal, or as
// "n.0" text, takes the Decimal path: both must give the very same outcome.
const runs = Number(process.env.FUZZ_RUNS ?? 500);
const whole = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10 ** 15 - 1 }));
const unit = fc.constantFrom<Unit>("m2", "yuan", "people", "beds", "count");
const asDecimal = (n: number) => new Exact(n) as unknown as number;

describe("the whole-number fast path gives what Decimal gives", () => {
  it("atLeast", () => {
    fc.assert(fc.property(whole, whole, unit, (measured, min, u) => {
      expect(atLeast({ path: "x", value: measured }, min, u)).toEqual(atLeast({ path: "x", value: asDecimal(measured) }, asDecimal(min), u));
    }), { numRuns: runs });
  });

  it("withinRange", () => {
    fc.assert(fc.property(whole, whole, whole, unit, (measured, a, b, u) => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const fast = withinRange({ path: "x", value: measured }, min, max, u);
      const slow = withinRange({ path: "x", value: `${measured}.0` }, `${min}.0`, `${max}.0`, u);
      // The Decimal path echoes min and max as given; the rest must agree.
      expect({ ...fast, required: { ...(fast as { required: object }).required, min: undefined, max: undefined } }).toEqual({ ...slow, required: { ...(slow as { required: object }).required, min: undefined, max: undefined } });
    }), { numRuns: runs });
  });

  it("areaServing, summing whole rooms and decimal rooms alike", () => {
    fc.assert(fc.property(fc.array(whole, { minLength: 1, maxLength: 12 }), (areas) => {
      const fast = areaServing({ rooms: areas.map((areaM2) => ({ functions: ["police"], areaM2 })) }, "police");
      const slow = areaServing({ rooms: areas.map((areaM2) => ({ functions: ["police"], areaM2: `${areaM2}.0` })) }, "police");
      expect(fast).toEqual(slow);
    }), { numRuns: runs });
  });

  it.each([
    [45, 45],
    ["120", 120],
    ["007", 7],
    [10 ** 15 - 1, 10 ** 15 - 1],
    [10 ** 15, undefined],
    [1.5, undefined],
    ["1.0", undefined],
    [-1, undefined],
    ["", undefined],
    [Number.NaN, undefined],
  ])("wholeOf(%s) is %s", (value, expected) => {
    expect(wholeOf(value)).toBe(expected);
  });

  it.each([
    [0, true],
    [10 ** 15 - 1, true],
    [10 ** 15, false],
    [-1, false],
    [0.1, true],
    [1e-11, false],
  ])("isExactAmount(%s) is %s", (value, expected) => {
    expect(isExactAmount(value)).toBe(expected);
  });
});
