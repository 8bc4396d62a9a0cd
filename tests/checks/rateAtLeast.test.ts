import { describe, expect, it } from "vitest";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { traced } from "../../src/measure/trace";

const PER_100 = { numerator: 15, denominator: 100 };
const PER_300 = { numerator: 1, denominator: 300 };

// Worked out by hand: 15% of 2,001 is 300.15, so 301 people; 1/300 of 45,001 m² is 150.00333…, so 150.01 m².
describe("rateAtLeast", () => {
  it.each([
    ["one person short of 301", 300, 2001, PER_100, "people", { met: false, measured: 300, required: { value: 301 }, shortfall: 1 }],
    ["at 301", 301, 2001, PER_100, "people", { met: true, measured: 301, required: { value: 301 }, shortfall: null }],
    ["15% of exactly 2,000 is 300: met at 300", 300, 2000, PER_100, "people", { met: true, required: { value: 300 }, shortfall: null }],
    ["and not at 299", 299, 2000, PER_100, "people", { met: false, shortfall: 1 }],
    ["1/300 of 45,001 m²: 150 is short by a fen", 150, 45001, PER_300, "m2", { met: false, measured: "150", required: { value: "150.01" }, shortfall: "0.01" }],
    ["at 150.01 m², more than the exact 150.00333…", "150.01", 45001, PER_300, "m2", { met: true, measured: "150.01", shortfall: null }],
    ["at 150.0033 m², still short of 150.00333…", "150.0033", 45001, PER_300, "m2", { met: false, shortfall: "0.01" }],
    ["1/300 of 45,000 m² is exactly 150", 150, 45000, PER_300, "m2", { met: true, required: { value: "150.00" } }],
  ] as const)("%s", (_, measured, base, rate, unit, expected) => {
    const required = "required" in expected ? expected.required : {};
    expect(rateAtLeast({ path: "x", value: measured }, { path: "population", value: base }, rate, unit)).toMatchObject({ kind: "measured", ...expected, required: { comparison: "at-least", unit, ...required } });
  });

  it.each([
    ["population", { numerator: 15, denominator: 100 }, { zh: "人口 2001 × 15%", en: "15% of population 2001" }],
    ["elderlyPopulation", { numerator: 30, denominator: 1000 }, { zh: "老年人口 2001 × 30/1000", en: "30/1000 of elderly population 2001" }],
    ["residentsCommittees", { numerator: 1, denominator: 100 }, { zh: "居委会总数 2001 × 1%", en: "1% of residents committees 2001" }],
    ["buildingAreaM2", PER_300, { zh: "建筑面积 2001 × 1/300", en: "1/300 of building area 2001" }],
    ["residentsCommittee.fullTimeStaff", PER_100, { zh: "居委会专职人员 2001 × 15%", en: "15% of full-time staff 2001" }],
    ["residentsCommittee.election.eligibleVoters", PER_100, { zh: "选民 2001 × 15%", en: "15% of eligible voters 2001" }],
    ["somethingElse", { numerator: 2, denominator: 10000 }, { zh: "somethingElse 2001 × 2/10000", en: "2/10000 of somethingElse 2001" }],
  ] as const)("names the basis of a rate over %s", (path, rate, basis) => {
    const outcome = rateAtLeast({ path: "x", value: 1 }, { path, value: 2001 }, rate, "people");
    expect(outcome).toMatchObject({ required: { basis } });
  });

  it("names each missing input, the measure first", () => {
    expect(rateAtLeast({ path: "volunteers", value: undefined }, { path: "population", value: 10 }, PER_100, "people")).toEqual({ kind: "missing", missing: ["volunteers"] });
    expect(rateAtLeast({ path: "volunteers", value: 1 }, { path: "population", value: undefined }, PER_100, "people")).toEqual({ kind: "missing", missing: ["population"] });
    expect(rateAtLeast({ path: "volunteers", value: undefined }, { path: "population", value: undefined }, PER_100, "people")).toEqual({ kind: "missing", missing: ["volunteers", "population"] });
  });

  it.each([
    ["met", 301, [
      { zh: "要求：2001 × 15 ÷ 100 = 300.15，向上取整，得 301", en: "required: 2001 × 15 ÷ 100 = 300.15, rounded up to a whole number: 301" },
      { zh: "比较（不做除法，精确）：301 × 100 = 30100 ≥ 2001 × 15 = 30015，达到", en: "compare (exactly, without dividing): 301 × 100 = 30100 ≥ 2001 × 15 = 30015, met" },
    ]],
    ["not met", 300, [
      { zh: "要求：2001 × 15 ÷ 100 = 300.15，向上取整，得 301", en: "required: 2001 × 15 ÷ 100 = 300.15, rounded up to a whole number: 301" },
      { zh: "比较（不做除法，精确）：300 × 100 = 30000 < 2001 × 15 = 30015，未达到", en: "compare (exactly, without dividing): 300 × 100 = 30000 < 2001 × 15 = 30015, not met" },
    ]],
  ] as const)("explains the requirement and the comparison (%s)", (_, measured, steps) => {
    expect(traced(() => rateAtLeast({ path: "x", value: measured }, { path: "population", value: 2001 }, PER_100, "people")).steps).toEqual(steps);
  });

  it("explains an area rounded up to the fen", () => {
    // Decimal keeps 40 significant digits: 150.00 and thirty-five 3s.
    const exact = `150.00${"3".repeat(35)}`;
    const [required] = traced(() => rateAtLeast({ path: "x", value: 150 }, { path: "buildingAreaM2", value: 45001 }, PER_300, "m2")).steps;
    expect(required).toEqual({ zh: `要求：45001 × 1 ÷ 300 = ${exact}，向上取到 0.01，得 150.01`, en: `required: 45001 × 1 ÷ 300 = ${exact}, rounded up to 0.01: 150.01` });
  });
});
