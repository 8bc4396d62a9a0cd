import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ceilToHundredth } from "../../src/arithmetic/ceilToHundredth";
import { Exact } from "../../src/arithmetic/exact";
import { ceilFixedToHundredth, commonUnits, fixedOf, formatFixed } from "../../src/arithmetic/fixedOf";
import { hundredthsText } from "../../src/arithmetic/hundredthsText";
import { formatExact } from "../../src/arithmetic/formatExact";
import { formatPercent } from "../../src/arithmetic/formatPercent";
import { gapsBelow } from "../../src/arithmetic/gapsBelow";
import { percentOf } from "../../src/arithmetic/percentOf";
import { isExactAmount } from "../../src/arithmetic/toExact";
import { atLeast } from "../../src/checks/atLeast";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { areaServing } from "../../src/rule/areaServing";
import type { Unit } from "../../src/types";

// Areas and money of at most 15 digits skip Decimal (src/arithmetic/fixedOf.ts). The same figure
// given as a Decimal takes the Decimal path: both must give the very same outcome, at the edges of
// what fits (15 digits, 10 places, products near 2^53) as well as for figures offices record.
const runs = Number(process.env.FUZZ_RUNS ?? 500);
const integerPart = fc.oneof(fc.nat(9999).map(String), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }).map(String), fc.nat(99).map((n) => `00${n}`));
const places = fc.tuple(fc.integer({ min: 1, max: 10 }), fc.bigInt({ min: 0n, max: 10n ** 10n - 1n })).map(([length, value]) => String(value).padStart(10, "0").slice(-length));
const decimalText = fc.oneof(
  // As offices record them: hundreds of m², to the hundredth.
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
  // Any width up to the limits, leading and trailing zeros included.
  fc.tuple(integerPart, fc.option(places)).map(([a, b]) => (b === null ? a : `${a}.${b}`)),
);
const figure = fc.oneof(decimalText, fc.integer({ min: 0, max: 10 ** 6 }), fc.double({ min: 0, max: 1e6, noNaN: true }).filter(isExactAmount));
const unit = fc.constantFrom<Unit>("m2", "yuan");
const asDecimal = (value: number | string) => new Exact(String(value)) as unknown as number;

describe("fixed-point figures: what Decimal gives, without Decimal", { timeout: 600_000 }, () => {
  it("fixedOf reads what Decimal reads, or declines", () => {
    fc.assert(fc.property(figure, (value) => {
      const fixed = fixedOf(value);
      if (fixed !== undefined) expect(formatFixed(fixed.units, fixed.scale)).toBe(formatExact(new Exact(String(value))));
    }), { numRuns: runs });
  });

  it("ceilFixedToHundredth rounds up as ceilToHundredth", () => {
    fc.assert(fc.property(decimalText, (text) => {
      const fixed = fixedOf(text);
      if (fixed === undefined) return;
      const fast = ceilFixedToHundredth(fixed.units, fixed.scale);
      if (fast !== undefined) expect(fast).toBe(ceilToHundredth(new Exact(text)));
    }), { numRuns: runs });
  });

  it.each([
    ["210.55", 21055, 2],
    ["007.50", 750, 2],
    ["0.0000000001", 1, 10],
    ["999999999999999", 999999999999999, 0],
    ["99999999999999.9", 999999999999999, 1],
  ])("fixedOf(%s) is %i units of 10^-%i", (text, units, scale) => {
    expect(fixedOf(text)).toEqual({ units, scale });
  });

  it("a figure with more than 10 places is refused by both ways alike", () => {
    expect(() => atLeast({ path: "x", value: "0.12345678901" }, 0, "m2")).toThrow(RangeError);
    expect(() => atLeast({ path: "x", value: 0.12345678901 }, 0, "m2")).toThrow(RangeError);
  });

  it.each([
    [0, { units: 0, scale: 0 }],
    [999999999999999, { units: 999999999999999, scale: 0 }],
    [0.1, { units: 1, scale: 1 }],
    [210.55, { units: 21055, scale: 2 }],
    [1e15, undefined],
    [-1, undefined],
    [-0.5, undefined],
    [1e-7, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [2 ** 53, undefined],
  ])("fixedOf(number %s) is %j", (value, expected) => {
    expect(fixedOf(value)).toEqual(expected);
  });

  it.each(["1000000000000000", "9999999999999.999", "0.12345678901", ".5", "5.", "1e3", "-1", " 1", "1,5", "", "1.2.3"])("fixedOf(%j) declines, for Decimal (or for the input's own check)", (text) => {
    expect(fixedOf(text)).toBeUndefined();
  });

  it.each([
    [["210.5", 200], { units: [2105, 2000], scale: 1 }],
    [["0.005", "1.25", 3], { units: [5, 1250, 3000], scale: 3 }],
    [[[]], undefined],
    [["999999999999999", "0.1"], undefined],
  ] as const)("commonUnits(%j) is %j", (values, expected) => {
    expect(commonUnits(values)).toEqual(expected);
  });

  it.each([
    [15001, "150.01"],
    [5, "0.05"],
    [100, "1.00"],
    [0, "0.00"],
  ])("hundredthsText(%i) is %s", (count, text) => {
    expect(hundredthsText(count)).toBe(text);
  });

  it.each([
    [21055, 2, "210.55"],
    [21050, 2, "210.5"],
    [21000, 2, "210"],
    [5, 3, "0.005"],
    [0, 2, "0"],
  ])("formatFixed(%i, %i) is %s", (units, scale, text) => {
    expect(formatFixed(units, scale)).toBe(text);
  });

  it("atLeast", () => {
    fc.assert(fc.property(figure, figure, unit, (measured, min, u) => {
      expect(atLeast({ path: "x", value: measured }, min, u)).toEqual(atLeast({ path: "x", value: asDecimal(measured) }, asDecimal(min), u));
    }), { numRuns: runs });
  });

  it("atLeast at the boundary and a hundredth either side of it", () => {
    const at = (area: string) => atLeast({ path: "x", value: area }, "200", "m2");
    expect([at("199.99"), at("200.00"), at("200.01")].map((o) => (o as { met: boolean }).met)).toEqual([false, true, true]);
    expect(at("199.995")).toMatchObject({ met: false, measured: "199.995", required: { value: "200.00" }, shortfall: "0.01" });
  });

  it("areaServing sums as Decimal would", () => {
    fc.assert(fc.property(fc.array(figure, { minLength: 1, maxLength: 12 }), (areas) => {
      const served = areaServing({ rooms: areas.map((areaM2) => ({ functions: ["police"], areaM2 })) }, "police");
      expect(served.value).toBe(formatExact(areas.reduce<Exact>((sum, a) => sum.plus(String(a)), new Exact(0))));
    }), { numRuns: runs });
  });

  it("rateAtLeast, 1 m² per 300 m² and the other rates, against Decimal", () => {
    const rates = fc.constantFrom({ numerator: 1, denominator: 300 }, { numerator: 15, denominator: 100 }, { numerator: 2, denominator: 10000 }, { numerator: 1, denominator: 400 });
    fc.assert(fc.property(figure, figure, rates, unit, (measured, base, rate, u) => {
      const fast = rateAtLeast({ path: "x", value: measured }, { path: "buildingAreaM2", value: base }, rate, u);
      const slow = rateAtLeast({ path: "x", value: asDecimal(measured) }, { path: "buildingAreaM2", value: asDecimal(base) }, rate, u);
      expect(fast).toEqual(slow);
    }), { numRuns: runs });
  });
});

describe("gapsBelow and percentOf: whole units where they fit, Decimal past them", { timeout: 600_000 }, () => {
  it("gapsBelow gives what Decimal gives", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 1000 }), decimalText), figure), { minLength: 1, maxLength: 9 }), (pairs) => {
      const gaps = gapsBelow(pairs);
      const exact = pairs.map(([floor, value]) => new Exact(String(floor)).minus(String(value)));
      expect(gaps.each).toEqual(exact.map((gap) => (gap.gt(0) ? ceilToHundredth(gap) : null)));
      const sum = exact.reduce((a, gap) => (gap.gt(0) ? a.plus(gap) : a), new Exact(0));
      expect(gaps.total).toBe(ceilToHundredth(sum));
      expect(gaps.exactTotal().eq(sum)).toBe(true);
    }), { numRuns: runs });
  });

  it("percentOf rounds half up as formatPercent", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 12 }), (part, whole) => {
      expect(percentOf(part, whole)).toBe(formatPercent(new Exact(part).div(whole)));
    }), { numRuns: runs });
  });

  it.each([
    [1, 8, "12.50"],
    [1, 3, "33.33"],
    [2, 3, "66.67"],
    [1, 200000, "0.00"],
    [1, 20000, "0.01"],
    [7, 7, "100.00"],
  ])("percentOf(%i, %i) is %s", (part, whole, text) => {
    expect(percentOf(part, whole)).toBe(text);
  });
});

describe("gapsBelow past 15 digits: the Decimal way", () => {
  it.each([
    // 20 digits: past what fixedOf reads, within what toExact reads.
    [[[50, "000049.9999999999"]], ["0.01"], "0.01"],
    [[["123456789012345.12345", "123456789012344.12345"]], ["1.00"], "1.00"],
    [[["123456789012345.12345", "123456789012345.12345"], [30, "29.5"]], [null, "0.50"], "0.50"],
    [[[30, "100000000000000.00001"], [50, "40"]], [null, "10.00"], "10.00"],
  ] as const)("%j → each %j, total %s", (pairs, each, total) => {
    const gaps = gapsBelow(pairs);
    expect(gaps.each).toEqual(each);
    expect(gaps.total).toBe(total);
    const exact = pairs.reduce((sum, [floor, value]) => {
      const gap = new Exact(String(floor)).minus(String(value));
      return gap.gt(0) ? sum.plus(gap) : sum;
    }, new Exact(0));
    expect(gaps.exactTotal().eq(exact)).toBe(true);
  });
});
