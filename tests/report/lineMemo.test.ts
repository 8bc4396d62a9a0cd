import { describe, expect, it } from "vitest";
import type { MessageParts } from "../../src/engine/message";
import { type LineKey, lineMemo, sameLine } from "../../src/report/lineMemo";

const cells = { head: "r1,", tail: ",,龙岗（2005）,第十七条," };
const parts: MessageParts = {
  status: "fail",
  measured: "12.50",
  required: { comparison: "at-least", value: "20", unit: "m2", basis: { zh: "每千人", en: "per 1000" } },
  shortfall: "7.50",
  due: "2007-12-31",
  missing: [],
  approximate: false,
};
const key: LineKey = { cells, parts, detail: { zh: "缺少居委会", en: "no committee" } };
// The same values in fresh objects, as the next subject's outcome brings them.
const copy = (k: LineKey): LineKey => ({ cells: k.cells, parts: structuredClone(k.parts), detail: k.detail && { ...k.detail } });
const withParts = (change: Partial<MessageParts>): LineKey => ({ ...copy(key), parts: { ...copy(key).parts, ...change } });

describe("sameLine: a line is reused only when everything it is made of is the same", () => {
  it.each<[string, LineKey, boolean]>([
    ["the same values in fresh objects", copy(key), true],
    ["the same key object", key, true],
    ["another rule's cells, alike in text", { ...copy(key), cells: { ...cells } }, false],
    ["another status", withParts({ status: "pass" }), false],
    ["a figure one hundredth more", withParts({ measured: "12.51" }), false],
    ["the same figure as a number", withParts({ measured: 12.5 }), false],
    ["no figure", withParts({ measured: null }), false],
    ["a shortfall one hundredth less", withParts({ shortfall: "7.49" }), false],
    ["another required value", withParts({ required: { ...parts.required!, value: "21" } }), false],
    ["another comparison", withParts({ required: { ...parts.required!, comparison: "at-most" } }), false],
    ["another unit", withParts({ required: { ...parts.required!, unit: "people" } }), false],
    ["another basis, in English alone", withParts({ required: { ...parts.required!, basis: { zh: "每千人", en: "per 1,000" } } }), false],
    ["no basis", withParts({ required: { comparison: "at-least", value: "20", unit: "m2" } }), false],
    ["a range in place of a minimum", withParts({ required: { comparison: "within", min: 3, max: 7 } }), false],
    ["no requirement", withParts({ required: null }), false],
    ["a missing field more", withParts({ missing: ["population"] }), false],
    ["another due day", withParts({ due: "2010-12-31" }), false],
    ["approximate", withParts({ approximate: true }), false],
    ["another detail, in Chinese alone", { ...copy(key), detail: { zh: "缺少党组织", en: "no committee" } }, false],
    ["no detail", { ...copy(key), detail: undefined }, false],
  ])("%s: %s", (_, other, same) => {
    expect(sameLine(key, other)).toBe(same);
    expect(sameLine(other, key)).toBe(same);
  });

  it.each<[string, unknown, unknown, boolean]>([
    ["lists of the same forms", ["党委", "党总支"], ["党委", "党总支"], true],
    ["lists in another order", ["党委", "党总支"], ["党总支", "党委"], false],
    ["a list one form shorter", ["党委", "党总支"], ["党委"], false],
    ["a list against its one form", ["党委"], "党委", false],
  ])("measured as %s: %s", (_, a, b, same) => {
    expect(sameLine(withParts({ measured: a as MessageParts["measured"] }), withParts({ measured: b as MessageParts["measured"] }))).toBe(same);
    const required = (value: unknown) => withParts({ required: { comparison: "equals", value: value as string } });
    expect(sameLine(required(a), required(b))).toBe(same);
  });
});

describe("lineMemo", () => {
  const ruleA = {};
  const ruleB = {};
  const nth = (n: number) => withParts({ measured: String(n) });

  it("finds a kept line by an equal key, for its own rule only", () => {
    const memo = lineMemo<object>();
    expect(memo.find(ruleA, key)).toBeUndefined();
    expect(memo.keep(ruleA, key, "达标\r\n")).toBe("达标\r\n");
    expect(memo.find(ruleA, copy(key))).toBe("达标\r\n");
    expect(memo.find(ruleB, copy(key))).toBeUndefined();
    expect(memo.find(ruleA, nth(1))).toBeUndefined();
  });

  it("keeps the last four lines of a rule, and a line found counts as the last", () => {
    const memo = lineMemo<object>();
    for (const n of [1, 2, 3, 4]) memo.keep(ruleA, nth(n), `line ${n}`);
    expect(memo.find(ruleA, nth(1))).toBe("line 1");
    memo.keep(ruleA, nth(5), "line 5");
    // 2 was the least recent: it goes; 1, found just before, stays.
    expect([1, 2, 3, 4, 5].map((n) => memo.find(ruleA, nth(n)) ?? null)).toEqual(["line 1", null, "line 3", "line 4", "line 5"]);
    memo.keep(ruleB, nth(2), "B 2");
    expect(memo.find(ruleB, nth(2))).toBe("B 2");
    expect(memo.find(ruleA, nth(2))).toBeUndefined();
  });
});
