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

describe("input past the size limits", () => {
  it.each([
    ["a list of 150,000 rooms, each wrong", { kind: "community", id: "c", rooms: Array.from({ length: 150_000 }, () => ({ functions: ["office"], areaM2: -1 })) }, "rooms", /列表有 150000 项，超过上限 20000/],
    ["a street of 100,000 communities", { kind: "street", id: "s", communities: Array.from({ length: 100_000 }, (_, i) => ({ kind: "community", id: `c${i}` })) }, "communities", /超过上限 20000/],
    ["over a million values", { kind: "city", id: "x", districts: Array.from({ length: 200 }, () => ({ kind: "district", id: "d", streets: Array.from({ length: 100 }, () => ({ kind: "street", id: "s", communities: Array.from({ length: 60 }, () => ({ kind: "community", id: "c" })) })) })) }, "", /输入过大/],
  ])("refuses %s with one problem, not a stack overflow", (_, input, path, message) => {
    const result = safeEvaluate(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.problems).toEqual([{ path, message: { zh: expect.stringMatching(message), en: expect.any(String) } }]);
  });

  it("accepts a list at the limit, and lists the first hundred of many problems in the message", () => {
    const rooms = Array.from({ length: 20_000 }, () => ({ functions: ["office"], areaM2: -1 }));
    const result = safeEvaluate({ kind: "community", id: "c", rooms });
    expect(result.success).toBe(false);
    if (result.success) return;
    const count = result.error.problems.length;
    expect(count).toBeGreaterThanOrEqual(20_000);
    expect(result.error.message.split("\n")).toHaveLength(102);
    expect(result.error.message.endsWith(`and ${count - 100} more`)).toBe(true);
  });
});

describe("option problems say what was expected and what came, in both languages", () => {
  const problems = (options: unknown) => {
    const result = safeEvaluate({ kind: "community", id: "c" }, options as never);
    return result.success ? [] : result.error.problems.map((p) => [p.path, p.message.zh, p.message.en]);
  };
  it.each([
    ["options that are not an object", "2012-01-01", [["options", '选项应为对象，如 { asOf: "2012-01-01" }，收到 "2012-01-01"', 'options must be an object such as { asOf: "2012-01-01" }, received "2012-01-01"']]],
    ["an unknown option", { asof: "2012-01-01" }, [["asof", "未知选项（可用 asOf、documents、overrides、explain、language）", "unknown option (expected asOf, documents, overrides, explain or language)"]]],
    ["an asOf of another type", { asOf: 20120101 }, [["asOf", "应为日期或 YYYY-MM-DD 文字，收到 number", "expected a Date or YYYY-MM-DD text, received number"]]],
    ["an asOf past 2100", { asOf: "2101-01-01" }, [["asOf", '应为 1949–2100 年间 YYYY-MM-DD 格式的日期，收到 "2101-01-01"', "expected a year from 1949 to 2100, received 2101-01-01"]]],
    ["documents that are not a list", { documents: "longgang-2005" }, [["documents", '应为文件编号的列表，如 ["longgang-2005"]，收到 "longgang-2005"', 'expected a list of document ids such as ["longgang-2005"], received "longgang-2005"']]],
    ["no documents", { documents: [] }, [["documents", "至少要选一份文件（不选则按所属地区）", "choose at least one document (or leave it out to go by jurisdiction)"]]],
    ["an unknown document", { documents: ["longgang-2005", null] }, [["documents[1]", "未知的文件 null，应为 guangzhou-2000、linyi-report、dunhuang-opinions、guangzhou-2011、longgang-2005 之一", "unknown document null; expected one of guangzhou-2000, linyi-report, dunhuang-opinions, guangzhou-2011, longgang-2005"]]],
  ])("%s", (_, options, expected) => {
    expect(problems(options)).toEqual(expected);
  });

  it("refuses the same local document twice", () => {
    const local = { document: { id: "x", title: "t", issuer: "i", issued: null, inForce: null }, text: "甲乙", rules: [{ id: "x/a", document: "x", article: "1", quote: "甲乙", modality: "requirement", subject: "community", label: { zh: "甲", en: "a" }, threshold: {}, check: () => ({ kind: "missing", missing: ["population"] }) }] };
    expect(problems({ documents: [local, local] })).toEqual([["documents[1]", "文件编号 x 重复", "the document id x is given twice"]]);
    const report = evaluate({ kind: "community", id: "c" }, { documents: [local as never] });
    expect(report.documents).toEqual(["x"]);
    expect(report.findings.map((f) => [f.ruleId, f.status])).toEqual([["x/a", "insufficient-data"]]);
  });
});

describe("local documents of different ids", () => {
  it("are all taken, in the order given, beside a built-in one", () => {
    const localDocument = (id: string) => ({ document: { id, title: "t", issuer: "i", issued: null, inForce: null }, text: "甲乙", rules: [{ id: `${id}/a`, document: id, article: "1", quote: "甲乙", modality: "requirement", subject: "community", label: { zh: "甲", en: "a" }, threshold: {}, check: () => ({ kind: "missing", missing: ["population"] }) }] });
    const report = evaluate({ kind: "community", id: "c" }, { documents: [localDocument("x") as never, "linyi-report", localDocument("y") as never] });
    expect(report.documents).toEqual(["linyi-report", "x", "y"]);
    expect(report.findings.filter((f) => f.ruleId.includes("/a")).map((f) => f.ruleId)).toEqual(["x/a", "y/a"]);
  });
});
