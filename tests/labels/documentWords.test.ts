import { describe, expect, it } from "vitest";
import { articleWords, documentWords } from "../../src/labels/documentWords";

describe("articleWords", () => {
  it.each([
    ["1", "第一条", "art. 1"],
    ["8", "第八条", "art. 8"],
    ["10", "第十条", "art. 10"],
    ["12", "第十二条", "art. 12"],
    ["20", "第二十条", "art. 20"],
    ["23", "第二十三条", "art. 23"],
    ["99", "第九十九条", "art. 99"],
    ["第三十二条", "第三十二条", "第三十二条"],
    ["三(一)2", "三(一)2", "三(一)2"],
    ["100", "100", "100"],
  ])("%s reads %s, or %s", (article, zh, en) => {
    expect(articleWords(article, "zh")).toBe(zh);
    expect(articleWords(article, "en")).toBe(en);
  });
});

describe("documentWords", () => {
  it("names the five by a short name and a local document by its title", () => {
    expect(documentWords("longgang-2005", "深圳市龙岗区社区建设工作试行办法", "zh")).toBe("龙岗（2005）");
    expect(documentWords("guangzhou-2011", "…", "en")).toBe("Guangzhou 2011");
    expect(documentWords("example-street-2012", "示例街道社区建设实施细则", "zh")).toBe("示例街道社区建设实施细则");
  });
});
