import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { evaluate, rules } from "../../../src/index";
import { normalizedTexts } from "../../../src/texts";

const guangzhou2011Text = normalizedTexts["guangzhou-2011"];

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const gz2011 = rules.filter((r) => r.document === "guangzhou-2011");

describe("Guangzhou 2011 quotes in simplified characters", () => {
  it.each(gz2011.map((r) => [r.id, r]))("%s keeps its verbatim quote and shows opencc's simplified form", (_, rule) => {
    expect(guangzhou2011Text).toContain(rule.quote);
    expect(rule.displayQuote).toBe(toSimplified(rule.quote));
    expect(rule.displayQuote).not.toBe(rule.quote);
  });

  it("shows the simplified quote in findings while citing the verbatim one", () => {
    const city = { kind: "city", id: "gz", jurisdiction: "guangzhou", population: 10000, socialWorkers: 1 };
    const finding = evaluate(city, { asOf: "2016-01-01" }).findings.find((f) => f.ruleId === "guangzhou-2011/social-workers-5-per-10000")!;
    expect(finding.citation.quote).toBe("到2015年,全市實現每萬人中有5名社工");
    expect(finding.citation.displayQuote).toBe("到2015年,全市实现每万人中有5名社工");
  });

  it("leaves every other document's quote as it is", () => {
    for (const rule of rules.filter((r) => r.document !== "guangzhou-2011")) expect(rule.displayQuote ?? rule.quote).toBe(rule.quote);
  });
});
