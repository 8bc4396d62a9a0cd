import { describe, expect, it } from "vitest";
import { SubjectValidationError, evaluate, safeEvaluate } from "../../src/index";
import { runCli } from "../cli/runCli";

const subject = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 30000, serviceSpaceM2: 100 };

describe("options", () => {
  it.each([
    ["a date string instead of options", "2012-01-01", "options", /选项应为对象/],
    ["null", null, "options", /选项应为对象/],
    ["a list", [], "options", /选项应为对象/],
    ["a BigInt", 1n, "options", /选项应为对象.*1n/],
    ["a misspelt option", { asof: "2012-01-01" }, "asof", /未知选项/],
    ["documents as a string", { documents: "longgang-2005" }, "documents", /应为文件编号的列表/],
    ["documents as an object", { documents: { id: "longgang-2005" } }, "documents", /应为文件编号的列表/],
    ["no documents at all", { documents: [] }, "documents", /至少要选一份文件/],
    ["a document that is not text", { documents: [5] }, "documents[0]", /未知的文件 number/],
    ["asOf as a number", { asOf: 20120101 }, "asOf", /应为日期或 YYYY-MM-DD 文字/],
    ["asOf as a BigInt", { asOf: 1n }, "asOf", /收到 1n/],
    ["asOf in the year 20000", { asOf: new Date(20000, 0, 1) }, "asOf", /1949–2100/],
    ["asOf in the year −5", { asOf: new Date(-5, 0, 1) }, "asOf", /1949–2100/],
    ["asOf on the day before 1949", { asOf: "1948-12-31" }, "asOf", /1949–2100/],
    ["an invalid Date", { asOf: new Date(Number.NaN) }, "asOf", /Invalid Date/],
  ])("refuses %s, naming its path, and never throws from safeEvaluate", (_, options, path, message) => {
    const result = safeEvaluate(subject, options as never);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(SubjectValidationError);
    expect(result.error.problems).toContainEqual({ path, message: { zh: expect.stringMatching(message), en: expect.any(String) } });
    expect(() => evaluate(subject, options as never)).toThrow(SubjectValidationError);
  });

  it.each([
    ["the first day of the accepted years", { asOf: "1949-01-01" }],
    ["the last", { asOf: "2100-12-31" }],
    ["no options", undefined],
    ["empty options", {}],
  ])("accepts %s", (_, options) => {
    expect(safeEvaluate(subject, options as never).success).toBe(true);
  });

  it("refuses an empty --documents on the command line instead of checking nothing", async () => {
    const result = await runCli("check", "--documents", ",");
    expect(result.code).toBe(2);
    expect(result.err).toContain("--documents: 至少要选一份文件");
  });
});
