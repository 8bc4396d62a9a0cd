import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText, normalizedTexts } from "../src/texts";
import { catalogue } from "./catalogue";
import { GOVERNMENT_PURCHASE_QUOTE } from "../src/calculators/managementFeeRate";

describe("normalizeText", () => {
  it.each([
    ["drops toned pinyin after a Han character", "社區(qū)服務(wù)", "社區服務"],
    ["removes white space, including line breaks mid-sentence", "社区 服务\n管理\u3000中心", "社区服务管理中心"],
    ["keeps a bracketed Chinese aside", "“一隊三中心”(包括垂直管理部門)", "“一隊三中心”(包括垂直管理部門)"],
    ["keeps Latin letters that do not follow a Han character", "AsianLII (abc)", "AsianLII(abc)"],
  ])("%s", (_, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe("the shipped normalized texts", () => {
  it.each(catalogue.documents.map((d) => [d.id, d.seed]))("%s equals its seed, normalized", (id, seed) => {
    const raw = readFileSync(new URL(`./fixtures/seeds/${seed}`, import.meta.url), "utf8");
    expect(normalizedTexts[id as keyof typeof normalizedTexts]).toBe(normalizeText(raw));
  });

  it("the calculators' quotes stand in their texts too (art. 36: cost plus 5%)", () => {
    expect(normalizedTexts["longgang-2005"]).toContain(GOVERNMENT_PURCHASE_QUOTE);
  });

  it("guangzhou-2011's text has no pinyin left", () => {
    expect(normalizedTexts["guangzhou-2011"]).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });
});
