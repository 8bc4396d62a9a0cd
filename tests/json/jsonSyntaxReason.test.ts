import { describe, expect, it } from "vitest";
import { jsonSyntaxReason } from "../../src/json/jsonSyntaxReason";

// Real JSON.parse failures, so that a Node whose V8 words them otherwise fails here, not in an office.
const refusal = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`JSON.parse took ${text}`);
};

describe("jsonSyntaxReason", () => {
  it.each([
    ['{"a":1,}', "属性名应以双引号括起（是否多了一个逗号？）（第 8 个字符）"],
    ["{,}", "此处应为双引号括起的属性名或 }（第 2 个字符）"],
    ['{"a":1 "b":2}', "属性值之后应为逗号或 }（是否缺少逗号或括号？）（第 8 个字符）"],
    ["[1 2]", "列表元素之后应为逗号或 ]（是否缺少逗号或括号？）（第 4 个字符）"],
    ['{"a":"x', "字符串缺少结尾的双引号（第 8 个字符）"],
    ['{"a":"x\ny"}', "字符串中有控制字符（如换行），应写作 \\n 等转义（第 8 个字符）"],
    ['{"a":"\\q"}', "字符串中有无效的转义（\\ 之后的字符）（第 8 个字符）"],
    ['{"a":1} x', "JSON 值结束后还有内容（第 9 个字符）"],
    ['{"a":-}', "负号之后缺少数字（第 7 个字符）"],
    ['{"a":1e}', "指数部分缺少数字（第 8 个字符）"],
    ['{"a":1.}', "小数点之后缺少数字（第 8 个字符）"],
    ['{"a":01}', "此处不应有数字（数字不能以 0 开头，或缺少逗号？）（第 7 个字符）"],
    ["", "JSON 不完整，意外结束"],
    ['{"a":NaN}', "有不应出现的字符（JSON 只认 true、false、null、数字、双引号字符串、列表和对象）"],
  ])("says why JSON.parse refused %j in Chinese: %s, keeping V8's English", (text, zh) => {
    const error = refusal(text) as Error;
    expect(jsonSyntaxReason(error)).toEqual({ zh, en: error.message });
  });

  it("keeps V8's words after 语法错误 for a reason it does not know", () => {
    expect(jsonSyntaxReason(new SyntaxError("Something new at position 3"))).toEqual({ zh: "语法错误：Something new at position 3", en: "Something new at position 3" });
    expect(jsonSyntaxReason("not an error")).toEqual({ zh: "语法错误：not an error", en: "not an error" });
  });
});
