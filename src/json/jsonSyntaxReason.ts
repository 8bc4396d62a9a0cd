import type { Bilingual } from "../types";

// JSON.parse's reasons (V8, Node 20 and 22), each in Chinese; the English stays as V8 says it.
const REASONS: readonly [RegExp, string][] = [
  [/^Expected double-quoted property name/, "属性名应以双引号括起（是否多了一个逗号？）"],
  [/^Expected property name or '\}'/, "此处应为双引号括起的属性名或 }"],
  [/^Expected ',' or '\}' after property value/, "属性值之后应为逗号或 }（是否缺少逗号或括号？）"],
  [/^Expected ',' or '\]' after array element/, "列表元素之后应为逗号或 ]（是否缺少逗号或括号？）"],
  [/^Unterminated string/, "字符串缺少结尾的双引号"],
  [/^Bad control character in string literal/, "字符串中有控制字符（如换行），应写作 \\n 等转义"],
  [/^Bad escaped character/, "字符串中有无效的转义（\\ 之后的字符）"],
  [/^Unexpected non-whitespace character after JSON/, "JSON 值结束后还有内容"],
  [/^No number after minus sign/, "负号之后缺少数字"],
  [/^Exponent part is missing a number/, "指数部分缺少数字"],
  [/^Unterminated fractional number/, "小数点之后缺少数字"],
  [/^Unexpected number/, "此处不应有数字（数字不能以 0 开头，或缺少逗号？）"],
  [/^Unexpected end of JSON input/, "JSON 不完整，意外结束"],
  [/^Unexpected token/, "有不应出现的字符（JSON 只认 true、false、null、数字、双引号字符串、列表和对象）"],
];

/**
 * Why JSON.parse refused a text, in both languages: the Chinese from a table of V8's reasons, with
 * the position where it has one; a reason not in the table keeps V8's words after 语法错误.
 *
 * @example jsonSyntaxReason(new SyntaxError("Unterminated string in JSON at position 7")).zh // "字符串缺少结尾的双引号（第 8 个字符）"
 */
export function jsonSyntaxReason(error: unknown): Bilingual {
  const en = error instanceof Error ? error.message : String(error);
  const position = / at position (\d+)/.exec(en);
  const where = position ? `（第 ${Number(position[1]) + 1} 个字符）` : "";
  const known = REASONS.find(([pattern]) => pattern.test(en));
  return { zh: known ? `${known[1]}${where}` : `语法错误：${en}`, en };
}
