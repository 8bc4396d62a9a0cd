import { describe, expect, it } from "vitest";
import { withinRange } from "../../src/checks/withinRange";

// Whole figures take the fast path, "n.0" text the Decimal one: both give these outcomes.
describe.each([
  ["whole figures", (n: number) => n],
  ["decimal text", (n: number) => `${n}.0`],
])("withinRange with %s", (_, as) => {
  it.each([
    ["one below the range", 4, { met: false, shortfall: 1 }, undefined],
    ["at the lower bound", 5, { met: true, shortfall: null }, undefined],
    ["at the upper bound: nothing in excess", 9, { met: true, shortfall: null }, undefined],
    ["one above", 10, { met: false, shortfall: null }, { zh: "超出上限1人", en: "exceeds the upper bound by 1 person" }],
  ])("%s", (__, value, outcome, detail) => {
    const result = withinRange({ path: "x", value: as(value) as number }, as(5) as number, as(9) as number, "people");
    expect(result).toMatchObject({ kind: "measured", ...outcome, measured: value, required: { comparison: "within", min: as(5), max: as(9), unit: "people" } });
    expect((result as { detail?: unknown }).detail).toEqual(detail);
  });

  it("asks for exactly one figure when the bounds are equal", () => {
    expect(withinRange({ path: "x", value: as(2) as number }, as(1) as number, as(1) as number, "people")).toMatchObject({ met: false, required: { comparison: "equals", value: 1, unit: "people" } });
  });
});
