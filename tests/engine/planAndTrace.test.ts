import { describe, expect, it } from "vitest";
import { compilePlan, planFor } from "../../src/engine/plan";
import { explaining, step, traced } from "../../src/engine/trace";

describe("planFor keeps the plans of the last 8 option sets", () => {
  const options = (day: number) => ({ asOf: `2012-01-${String(day).padStart(2, "0")}`, documents: undefined });

  it("gives the same plan for the same options, and a new one for others", () => {
    expect(planFor(options(1))).toBe(planFor(options(1)));
    expect(planFor(options(1))).not.toBe(planFor(options(2)));
    expect(planFor({ asOf: "2012-01-01", documents: ["longgang-2005"] })).not.toBe(planFor(options(1)));
  });

  it("forgets the least recently used past 8, and keeps one used again", () => {
    const first = planFor(options(10));
    const kept = planFor(options(11));
    for (let day = 12; day <= 17; day++) planFor(options(day));
    expect(planFor(options(11))).toBe(kept); // used again: now the most recent
    planFor(options(18));
    planFor(options(19));
    expect(planFor(options(10))).not.toBe(first);
    expect(planFor(options(11))).toBe(kept);
  });

  it("never keeps a plan with local documents", () => {
    const local = [{ document: { id: "x", title: "t", issuer: "i", issued: null, inForce: null, timeline: [] }, rules: [], text: "t" }];
    expect(planFor({ ...options(20), local })).not.toBe(planFor({ ...options(20), local }));
  });

  it("compiles nothing for a kind without rules", () => {
    expect(compilePlan(options(21)).report({ kind: "district", id: "d" }, undefined).findings.every((f) => f.subject.kind === "district")).toBe(true);
  });
});

describe("traced records the steps of its own run only", () => {
  it("records inside, not outside, and restores an outer run", () => {
    expect(explaining()).toBe(false);
    step(() => ({ zh: "外", en: "outside" }));
    const outer = traced(() => {
      step(() => ({ zh: "一", en: "one" }));
      const inner = traced(() => {
        step(() => ({ zh: "二", en: "two" }));
        return explaining();
      });
      step(() => ({ zh: "三", en: "three" }));
      return inner;
    });
    expect(outer.value.value).toBe(true);
    expect(outer.value.steps.map((s) => s.en)).toEqual(["two"]);
    expect(outer.steps.map((s) => s.en)).toEqual(["one", "three"]);
    expect(explaining()).toBe(false);
  });

  it("restores the state when the run throws", () => {
    expect(() => traced(() => {
      throw new Error("x");
    })).toThrow("x");
    expect(explaining()).toBe(false);
  });
});
