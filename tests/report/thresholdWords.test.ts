import { describe, expect, it } from "vitest";
import { builtInBook } from "../../rules";
import { thresholdWords } from "../../src/report/thresholdWords";

describe("thresholdWords: a rule's figures in words", () => {
  it.each([
    ["a range of households", { threshold: { min: 1000, max: 3000 }, unit: "households" }, "zh", "1,000～3,000户"],
    ["the same range in English", { threshold: { min: 1000, max: 3000 }, unit: "households" }, "en", "1,000–3,000 households"],
    ["one person exactly", { threshold: { min: 1, max: 1 }, unit: "people" }, "en", "1 person"],
    ["a floor alone, counted", { threshold: { min: 2 }, unit: "count" }, "zh", "不少于2个"],
    ["a floor alone, no unit word in English", { threshold: { min: 2 }, unit: "count" }, "en", "at least 2"],
    ["a ceiling alone", { threshold: { max: 7 }, unit: "people" }, "zh", "不多于7人"],
    ["a ratio", { threshold: { numerator: 1, denominator: 300 } }, "zh", "比例1/300"],
    ["an area and its use", { threshold: { minM2: 50, function: "police" } }, "zh", "不少于50平方米；用途：警务室"],
    ["party organization forms", { threshold: { forms: ["branch", "joint-branch"] } }, "zh", "组织形式：党支部、联合党支部"],
    ["a key only a local document knows", { threshold: { colour: "red", sizes: [1, 2] } }, "zh", "colour=red；sizes=1、2"],
    ["a number alone", { threshold: 5 }, "zh", "5"],
    ["no figures", { threshold: undefined }, "zh", ""],
  ] as const)("%s", (_, rule, lang, words) => {
    expect(thresholdWords(rule as never, lang)).toBe(words);
  });

  it("says every built-in rule's figures in words, Chinese and English, with no code left", () => {
    for (const rule of builtInBook.rules) {
      if (rule.threshold === undefined) continue;
      const zh = thresholdWords(rule, "zh");
      expect(zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, rule.id).not.toMatch(/=|[a-z]{3,}/);
      expect(thresholdWords(rule, "en"), rule.id).not.toMatch(/=/);
    }
  });

  it("names the unit of every built-in rule with bounds", () => {
    const bounded = builtInBook.rules.filter((rule) => typeof rule.threshold === "object" && rule.threshold !== null && ("min" in rule.threshold || "max" in rule.threshold));
    expect(bounded.length).toBeGreaterThan(5);
    expect(bounded.filter((rule) => rule.unit === undefined).map((rule) => rule.id)).toEqual([]);
  });
});
