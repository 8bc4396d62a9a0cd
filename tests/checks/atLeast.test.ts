import { describe, expect, it } from "vitest";
import { atLeast } from "../../src/checks/atLeast";
import { traced } from "../../src/measure/trace";

// Whole figures take the fast path, decimal text the Decimal one: both give what is written here,
// worked out by hand.
describe("atLeast", () => {
  it.each([
    ["whole people, one short", 299, 300, "people", { met: false, measured: 299, required: { comparison: "at-least", value: 300, unit: "people" }, shortfall: 1 }],
    ["whole people, at the boundary", 300, 300, "people", { met: true, measured: 300, required: { comparison: "at-least", value: 300, unit: "people" }, shortfall: null }],
    ["whole people, one over", 301, 300, "people", { met: true, measured: 301, shortfall: null }],
    ["whole m², one short: areas are text to the fen", 99, 100, "m2", { met: false, measured: "99", required: { comparison: "at-least", value: "100.00", unit: "m2" }, shortfall: "1.00" }],
    ["whole m² as text, at the boundary", "100", "100", "m2", { met: true, measured: "100", required: { value: "100.00" }, shortfall: null }],
    ["a fen short", "199.99", 200, "m2", { met: false, measured: "199.99", required: { comparison: "at-least", value: "200.00", unit: "m2" }, shortfall: "0.01" }],
    ["exactly at 200.0", "200.0", 200, "m2", { met: true, measured: "200", shortfall: null }],
    ["a fen over", "200.01", 200, "m2", { met: true, measured: "200.01", shortfall: null }],
    ["a decimal minimum, a whole measure", 10, "10.5", "m2", { met: false, measured: "10", required: { value: "10.50" }, shortfall: "0.50" }],
    ["a third of a fen short is a fen short", "0.996", 1, "m2", { met: false, shortfall: "0.01" }],
    ["decimal people round the requirement up", "2.5", "3.5", "people", { met: false, measured: 2.5, required: { value: 4 }, shortfall: 1 }],
  ] as const)("%s", (_, measured, min, unit, expected) => {
    expect(atLeast({ path: "x", value: measured }, min, unit)).toMatchObject({ kind: "measured", ...expected });
  });

  it("names the measure when it is missing, and a minimum read from another field too", () => {
    expect(atLeast({ path: "x", value: undefined }, 5, "people")).toEqual({ kind: "missing", missing: ["x"] });
    expect(atLeast({ path: "x", value: 5 }, { path: "wage", value: undefined }, "yuan")).toEqual({ kind: "missing", missing: ["wage"] });
    expect(atLeast({ path: "x", value: undefined }, { path: "wage", value: undefined }, "yuan")).toEqual({ kind: "missing", missing: ["x", "wage"] });
  });

  it.each([
    ["below", "3000", { met: false, shortfall: "200.00" }],
    ["equal", "3200", { met: true, shortfall: null }],
  ])("takes a minimum from another field (%s)", (_, pay, expected) => {
    expect(atLeast({ path: "pay", value: pay }, { path: "wage", value: 3200 }, "yuan")).toMatchObject({ kind: "measured", measured: pay, required: { value: "3200.00", unit: "yuan" }, ...expected });
  });

  it.each([
    ["whole, met", 300, 300, "people", { zh: "比较：300 ≥ 300，达到", en: "compare: 300 ≥ 300, met" }],
    ["whole, short", 299, 300, "people", { zh: "比较：299 < 300，差 300 − 299（向上取整）", en: "compare: 299 < 300, short by 300 − 299 (rounded up to a whole number)" }],
    ["decimal, met", "200.5", 200, "m2", { zh: "比较：200.5 ≥ 200，达到", en: "compare: 200.5 ≥ 200, met" }],
    ["decimal, short", "199.99", 200, "m2", { zh: "比较：199.99 < 200，差 200 − 199.99（向上取到 0.01）", en: "compare: 199.99 < 200, short by 200 − 199.99 (rounded up to 0.01)" }],
  ] as const)("explains the comparison (%s)", (_, measured, min, unit, expected) => {
    expect(traced(() => atLeast({ path: "x", value: measured }, min, unit)).steps).toEqual([expected]);
  });
});
