import { builtInBook } from "../../rules";
import { describe, expect, it } from "vitest";
import { resolveEvaluateOptions } from "../../src/engine/resolveEvaluateOptions";

const RATIO = "longgang-2005/service-space-ratio";
const THIRDS = "longgang-2005/work-station-funding-thirds";
const FORMS = "dunhuang-opinions/party-organization-per-community";
const TRAINING = "dunhuang-opinions/worker-training-yearly";
const SOURCE = "某区实施细则 第5条";
const problemsOf = (overrides: unknown) => resolveEvaluateOptions({ overrides }, builtInBook).problems.map((p) => [p.path, p.message.zh, p.message.en]);

// Every problem an override can have, by path and in both languages (tests/engine/messages.test.ts
// has the figures of the wrong kind).
describe("the problems of overrides", () => {
  it.each([
    ["a list instead of an object", [RATIO], [["overrides", "应为以规则编号为键的普通对象（不是 Map 等），收到 a list", "expected a plain object keyed by rule id (not a Map or the like), received a list"]]],
    ["null instead of an object", null, [["overrides", "应为以规则编号为键的普通对象（不是 Map 等），收到 null", "expected a plain object keyed by rule id (not a Map or the like), received null"]]],
    ["text instead of an object", "x", [["overrides", '应为以规则编号为键的普通对象（不是 Map 等），收到 "x"', 'expected a plain object keyed by rule id (not a Map or the like), received "x"']]],
    ["a Map, which has no keys of its own", new Map([[RATIO, { source: SOURCE, due: null }]]), [["overrides", "应为以规则编号为键的普通对象（不是 Map 等），收到 a Map", "expected a plain object keyed by rule id (not a Map or the like), received a Map"]]],
    ["a figure of 1e308", { [RATIO]: { source: SOURCE, threshold: { numerator: 1e308 } } }, [[`overrides.${RATIO}.threshold.numerator`, "应为不小于 0、不超过 1e15 的普通数，收到 1e+308", "expected a plain number of 0 or more and at most 1e15, received 1e+308"]]],
    ["a figure of 5e-324", { [RATIO]: { source: SOURCE, threshold: { numerator: 5e-324 } } }, [[`overrides.${RATIO}.threshold.numerator`, "应为不小于 0、不超过 1e15 的普通数，收到 5e-324", "expected a plain number of 0 or more and at most 1e15, received 5e-324"]]],
    ["an unknown rule", { "nope/x": { source: SOURCE, due: null } }, [["overrides.nope/x", "未知的规则编号", "unknown rule id"]]],
    ["null for a rule", { [RATIO]: null }, [[`overrides.${RATIO}`, "应为 { source, threshold, due } 对象，收到 null", "expected { source, threshold, due }, received null"]]],
    ["a list for a rule", { [RATIO]: [] }, [[`overrides.${RATIO}`, "应为 { source, threshold, due } 对象，收到 a list", "expected { source, threshold, due }, received a list"]]],
    ["a null threshold", { [RATIO]: { source: SOURCE, threshold: null } }, [[`overrides.${RATIO}.threshold`, "应为对象，收到 null", "expected an object, received null"]]],
    ["a number for a threshold", { [RATIO]: { source: SOURCE, threshold: 7 } }, [[`overrides.${RATIO}.threshold`, "应为对象，收到 7", "expected an object, received 7"]]],
    ["a blank source", { [RATIO]: { source: "  ", due: null } }, [[`overrides.${RATIO}.source`, "要写明依据（哪份文件、哪一条）", "name the source (which document, which article)"]]],
    ["a source that is not text", { [RATIO]: { source: 5, due: null } }, [[`overrides.${RATIO}.source`, "要写明依据（哪份文件、哪一条）", "name the source (which document, which article)"]]],
    ["an unknown field", { [RATIO]: { source: SOURCE, reason: 1, due: null } }, [[`overrides.${RATIO}.reason`, "未知字段（可用 source、threshold、due）", "unknown field (expected source, threshold or due)"]]],
    ["nothing to change", { [RATIO]: { source: SOURCE } }, [[`overrides.${RATIO}`, "没有要调整的内容（threshold 或 due）", "nothing to change (threshold or due)"]]],
    ["text for a figure", { [RATIO]: { source: SOURCE, threshold: { numerator: "1" } } }, [[`overrides.${RATIO}.threshold.numerator`, '应为不小于 0、不超过 1e15 的普通数，收到 "1"', 'expected a plain number of 0 or more and at most 1e15, received "1"']]],
    ["an object for a figure", { [RATIO]: { source: SOURCE, threshold: { numerator: { a: 1 } } } }, [[`overrides.${RATIO}.threshold.numerator`, "应为不小于 0、不超过 1e15 的普通数，收到 an object", "expected a plain number of 0 or more and at most 1e15, received an object"]]],
    ["a yes for a figure", { [RATIO]: { source: SOURCE, threshold: { numerator: true } } }, [[`overrides.${RATIO}.threshold.numerator`, "应为不小于 0、不超过 1e15 的普通数，收到 true", "expected a plain number of 0 or more and at most 1e15, received true"]]],
    ["an infinite figure", { [RATIO]: { source: SOURCE, threshold: { numerator: Number.POSITIVE_INFINITY } } }, [[`overrides.${RATIO}.threshold.numerator`, "应为不小于 0、不超过 1e15 的普通数，收到 Infinity", "expected a plain number of 0 or more and at most 1e15, received Infinity"]]],
    ["none a year", { [TRAINING]: { source: SOURCE, threshold: { perYear: 0 } } }, [[`overrides.${TRAINING}.threshold.perYear`, "应为大于 0、不超过 1e15 的普通数，收到 0", "expected a plain number above 0 and at most 1e15, received 0"]]],
    ["a decimal in another notation", { [THIRDS]: { source: SOURCE, threshold: { toleranceYuan: "1e-2" } } }, [[`overrides.${THIRDS}.threshold.toleranceYuan`, '应为十进制数文字，如 "0.01"，收到 "1e-2"', 'expected a decimal string such as "0.01", received "1e-2"']]],
    ["a share, which is no figure the rule compares", { [THIRDS]: { source: SOURCE, threshold: { share: "1/4" } } }, [[`overrides.${THIRDS}.threshold.share`, "不是规则据以判断的数值，不能调整", "is not a figure the rule checks against, so it cannot be overridden"]]],
    ["text for a list", { [FORMS]: { source: SOURCE, threshold: { forms: "branch" } } }, [[`overrides.${FORMS}.threshold.forms`, '应为由 none、branch、general-branch、joint-branch 组成的非空列表，收到 "branch"', 'expected a non-empty list of none, branch, general-branch, joint-branch, received "branch"']]],
    ["a list with a number in it", { [FORMS]: { source: SOURCE, threshold: { forms: ["branch", 1] } } }, [[`overrides.${FORMS}.threshold.forms`, "应为由 none、branch、general-branch、joint-branch 组成的非空列表，收到 a list", "expected a non-empty list of none, branch, general-branch, joint-branch, received a list"]]],
    ["a number for a due date", { [RATIO]: { source: SOURCE, due: 20120201 } }, [[`overrides.${RATIO}.due`, "应为 YYYY-MM-DD 格式的日期或 null，收到 20120201", "expected a YYYY-MM-DD date or null, received 20120201"]]],
  ])("%s", (_, overrides, expected) => {
    expect(problemsOf(overrides)).toEqual(expected);
  });

  it.each([
    ["a numerator of 0 (a figure, not a divisor)", { [RATIO]: { source: SOURCE, threshold: { numerator: 0 } } }, { numerator: 0, denominator: 300 }],
    ["one a year", { [TRAINING]: { source: SOURCE, threshold: { perYear: 1 } } }, { perYear: 1 }],
    ["a decimal figure as text", { [THIRDS]: { source: SOURCE, threshold: { toleranceYuan: "0.05" } } }, { share: "1/3", toleranceYuan: "0.05" }],
    ["a list within its own values", { [FORMS]: { source: SOURCE, threshold: { forms: ["branch", "general-branch"] } } }, { forms: ["branch", "general-branch"] }],
  ])("accepts %s", (_, overrides, threshold) => {
    const resolved = resolveEvaluateOptions({ overrides }, builtInBook);
    expect(resolved.problems).toEqual([]);
    expect([...resolved.overrides!.values()][0]!.threshold).toEqual(threshold);
  });

  it("keeps the rule's own due date when only a figure changes, and drops it for null", () => {
    const police = "longgang-2005/facility-area/police";
    const due = (override: object) => [...resolveEvaluateOptions({ overrides: { [police]: { source: SOURCE, ...override } } }, builtInBook).overrides!.values()][0]!.due;
    expect(due({ threshold: { minM2: 50 } })).toBe("2010-12-31");
    expect(due({ due: null })).toBeUndefined();
    expect(due({ due: "2011-06-30" })).toBe("2011-06-30");
  });
});
