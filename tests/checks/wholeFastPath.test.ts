import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Exact } from "../../src/arithmetic/exact";
import { isExactAmount } from "../../src/arithmetic/toExact";
import { wholeOf } from "../../src/arithmetic/wholeOf";
import { atLeast } from "../../src/checks/atLeast";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { withinRange } from "../../src/checks/withinRange";
import { areaServing } from "../../src/rule/areaServing";
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

describe("rateAtLeast's whole-number path gives what Decimal gives", () => {
  const rates = fc.constantFrom({ numerator: 15, denominator: 100 }, { numerator: 1, denominator: 300 }, { numerator: 2, denominator: 10000 }, { numerator: 30, denominator: 1000 }, { numerator: 80, denominator: 100 }, { numerator: 1, denominator: 400 });
  const rateUnit = fc.constantFrom<Unit>("m2", "people", "beds", "count", "yuan");
  it.each([
    ["near the rate", fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 200_000 })],
    ["large figures, where products pass 2^53 and Decimal takes over", whole, whole],
  ])("%s", (_, measuredArb, baseArb) => {
    fc.assert(fc.property(measuredArb, baseArb, rates, rateUnit, (measured, base, rate, u) => {
      const fast = rateAtLeast({ path: "x", value: measured }, { path: "population", value: base }, rate, u);
      const slow = rateAtLeast({ path: "x", value: `${measured}.0` }, { path: "population", value: `${base}.0` }, rate, u);
      expect(fast).toEqual(slow);
    }), { numRuns: runs });
  });

  it("the exact boundary and a step either side: 15% of 2,001 is 300.15", () => {
    const at = (measured: number) => rateAtLeast({ path: "x", value: measured }, { path: "population", value: 2001 }, { numerator: 15, denominator: 100 }, "people");
    expect([at(300), at(301), at(302)].map((o) => (o as { met: boolean }).met)).toEqual([false, true, true]);
    expect(at(300)).toMatchObject({ required: { value: 301 }, shortfall: 1 });
  });

  it("a fractional rate from an override goes the Decimal way: 2.5 per 100 of 1,001 is 25.025", () => {
    expect(rateAtLeast({ path: "x", value: 25 }, { path: "population", value: 1001 }, { numerator: 2.5, denominator: 100 }, "people")).toMatchObject({ met: false, required: { value: 26 }, shortfall: 1 });
  });
});
