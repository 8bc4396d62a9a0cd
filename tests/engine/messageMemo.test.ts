import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeMessage, message } from "../../src/engine/message";
import type { Bilingual, Requirement } from "../../src/types";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

// message() keeps, by a rule's label, its opening words and its last requirement in words. Findings
// that follow one another with any change at all (a figure, a unit, a basis, "approximate", the
// status) must read exactly as if composed afresh. Small pools of values make repeats, and so reuse,
// likely.
const LABELS: readonly Bilingual[] = [{ zh: "社区图书室面积", en: "community library area" }, { zh: "居委会成员数", en: "residents committee members" }];
const figure = fc.constantFrom<string | number>(1, "1", 5, 9, "45.00", "50.00", "general-branch");
const requirement: fc.Arbitrary<Requirement> = fc.record(
  {
    comparison: fc.constantFrom("at-least", "at-most", "within", "equals", "is-true", "reported", "no-gap-over", "all-true"),
    value: figure,
    min: figure,
    max: figure,
    unit: fc.constantFrom("m2", "people", "years", "percent"),
    basis: fc.constantFrom({ zh: "人口的3%", en: "3% of population" }, { zh: "人口的15%", en: "15% of population" }),
  },
  { requiredKeys: ["comparison"] },
) as fc.Arbitrary<Requirement>;
const parts = fc.record({
  status: fc.constantFrom("pass", "fail", "pending", "not-applicable", "insufficient-data", "info"),
  measured: fc.option(figure, { nil: null }),
  required: fc.option(requirement, { nil: null }),
  shortfall: fc.option(figure, { nil: null }),
  due: fc.option(fc.constantFrom("2010-12-31", "2015-12-31"), { nil: null }),
  missing: fc.constantFrom([], ["population"], ["rooms[function=police]"]),
  approximate: fc.boolean(),
});
const detail = fc.option(fc.constantFrom({ zh: "超出上限 1", en: "exceeds the upper bound by 1" }, { zh: "超出上限 2", en: "exceeds the upper bound by 2" }), { nil: undefined });

describe("message, finding after finding", () => {
  it("reads as the same finding composed afresh, whatever came before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 1), parts, detail), { minLength: 1, maxLength: 12 }), (findings) => {
        for (const [label, p, d] of findings) {
          // Each finding owns its figures, as findingOf gives them: a copy, never the same object.
          const own = structuredClone(p) as never;
          expect(message(own, LABELS[label]!, d)).toEqual(composeMessage(own, LABELS[label]!, d));
        }
      }),
      { numRuns: runs * 5 },
    );
  });

  it.each([
    ["min", { comparison: "within", min: 5, max: 9, unit: "people" }, { comparison: "within", min: 6, max: 9, unit: "people" }],
    ["max", { comparison: "within", min: 5, max: 9, unit: "people" }, { comparison: "within", min: 5, max: 7, unit: "people" }],
    ["value", { comparison: "at-least", value: "50.00", unit: "m2" }, { comparison: "at-least", value: "45.00", unit: "m2" }],
    ["unit", { comparison: "at-least", value: 5, unit: "people" }, { comparison: "at-least", value: 5, unit: "years" }],
    ["comparison", { comparison: "at-least", value: 5, unit: "people" }, { comparison: "at-most", value: 5, unit: "people" }],
    ["basis (zh)", { comparison: "at-least", value: 5, unit: "people", basis: { zh: "甲", en: "a" } }, { comparison: "at-least", value: 5, unit: "people", basis: { zh: "乙", en: "a" } }],
    ["basis (en)", { comparison: "at-least", value: 5, unit: "people", basis: { zh: "甲", en: "a" } }, { comparison: "at-least", value: 5, unit: "people", basis: { zh: "甲", en: "b" } }],
  ])("gives the new requirement when only its %s changes", (_, first, second) => {
    const label = { zh: "某项", en: "an item" };
    const of = (required: object, approximate = false) => ({ status: "pass", measured: null, required, shortfall: null, due: null, missing: [], approximate }) as never;
    for (const [r, approximate] of [[first, false], [second, false], [second, true], [first, true], [first, false]] as const) {
      expect(message(of(r, approximate), label)).toEqual(composeMessage(of(r, approximate), label));
    }
    expect(message(of(first), label)).not.toEqual(message(of(second), label));
  });
});
