import { builtInBook } from "../../rules";
import { describe, expect, it } from "vitest";
import { createEvaluator, evaluate } from "../../src/index";
import { resolveOptions } from "../../src/engine/resolveOptions";

// Whole sentences a clerk reads, in both languages, for the kinds of requirement and outcome the
// message table of tests/engine/messages.test.ts does not reach.
const findingOf = (id: string, subject: object, asOf: string, options: object = {}) => evaluate(subject, { asOf, ...options }).findings.find((f) => f.ruleId === id)!;
const longgang = (kind: string, fields: object) => ({ kind, id: "x", jurisdiction: "longgang", ...fields });

describe("messages", () => {
  it.each([
    ["at most, in years", "longgang-2005/yellow-card", longgang("street", { assessments: [{ year: 2010, passed: false }, { year: 2011, passed: false }] }), "2012-06-30", {},
      "连续未达标年数（黄牌警告）：未达标；实际2个年度；要求不超过1个年度；截至2011年度连续未达标2年。",
      "years failed in a row (yellow card): not met; measured 2 years; required at most 1 year; 2 years failed in a row up to 2011."],
    ["a yes/no not met, with its due date", "longgang-2005/one-stop-service-window", longgang("community", { oneStopServiceWindow: false }), "2012-06-30", {},
      "社区“一门式”服务窗口：未达标；实际无；要求有；期限2010-12-31。",
      "one-stop service window: not met; measured no; required yes; due 2010-12-31."],
    ["met before the due date: no due date in the sentence", "longgang-2005/one-stop-service-window", longgang("community", { oneStopServiceWindow: true }), "2010-06-30", {},
      "社区“一门式”服务窗口：达标；实际有；要求有。",
      "one-stop service window: met; measured yes; required yes."],
    ["an amount owed: the requirement, no measure", "longgang-2005/in-lieu-payment", longgang("project", { buildingAreaM2: 45000, serviceSpaceM2: 100, salePricePerM2Yuan: 100 }), "2012-06-30", {},
      "代缴服务用房资金：报告；要求不少于5000.00元；应缴 5000.00 元，尚无缴款记录。",
      "payment in lieu of service space: reported; required at least 5000.00 yuan; 5000.00 yuan owed; no payment recorded."],
    ["a share the text allows", "longgang-2005/cross-appointment", longgang("community", { residentsCommittee: { members: 10, membersOnPartyCommittee: 7 } }), "2012-06-30", {},
      "党组织与居委会成员交叉任职比例：报告；实际70.00%；要求可在70%以上；在明确允许的70%以上范围内。",
      "cross-appointment share (party committee and residents committee): reported; measured 70.00%; required allowed at 70% or more; within the expressly allowed 70% or more."],
    ["a due date set where the clause had none", "longgang-2005/party-organization-form", longgang("community", { partyMembers: 60, partyOrganization: { form: "branch" } }), "2012-06-30",
      { overrides: { "longgang-2005/party-organization-form": { due: "2012-12-31", source: "细则" } } },
      "社区党组织形式：未达标，尚未到期；实际党支部；要求党总支；已按“细则”调整（期限 无→2012-12-31）；期限2012-12-31。",
      "form of the community party organization: not met yet, not yet due; measured branch; required general-branch; adjusted by 细则 (due none→2012-12-31); due 2012-12-31."],
  ])("%s", (_, id, subject, asOf, options, zh, en) => {
    const { message } = findingOf(id, subject, asOf, options);
    expect([message.zh, message.en]).toEqual([zh, en]);
  });
});

describe("explanations in English", () => {
  const traceOf = (id: string, subject: object, asOf: string, options: object = {}) => findingOf(id, subject, asOf, { ...options, explain: true }).trace!.map((s) => s.en);
  it("missing data, a permission, a failure after the due date, an override, a day before the document", () => {
    expect(traceOf("longgang-2005/cross-appointment", longgang("community", { residentsCommittee: { members: 10 } }), "2012-06-30").at(-1)).toBe("missing residentsCommittee.membersOnPartyCommittee: insufficient data, no verdict");
    expect(traceOf("longgang-2005/cross-appointment", longgang("community", { residentsCommittee: { members: 10, membersOnPartyCommittee: 7 } }), "2012-06-30").at(-1)).toBe("the clause permits (可): reported, never failed");
    const overridden = traceOf("longgang-2005/one-stop-service-window", longgang("community", { oneStopServiceWindow: false }), "2011-01-01", { overrides: { "longgang-2005/one-stop-service-window": { due: "2010-12-30", source: "细则" } } });
    expect(overridden).toContain("adjusted by 细则: due 2010-12-31→2010-12-30");
    expect(overridden.at(-1)).toBe("due 2010-12-30; 2011-01-01 is after it: failed");
    const before = findingOf("longgang-2005/service-space-ratio", longgang("project", { buildingAreaM2: 300, serviceSpaceM2: 1 }), "2005-07-26", { explain: true }).trace!;
    expect(before[0]).toEqual({ zh: "评估日 2005-07-26 早于施行日 2005-07-27：不适用", en: "2005-07-26 is before the document came into force on 2005-07-27: not applicable" });
  });
});

describe("resolveOptions without local documents (the sheet builds)", () => {
  it.each([
    ["a list for asOf", { asOf: [] }, { path: "asOf", message: { zh: "应为日期或 YYYY-MM-DD 文字，收到 a list", en: "expected a Date or YYYY-MM-DD text, received a list" } }],
    ["a year past 2100", { asOf: "2200-01-01" }, { path: "asOf", message: { zh: "应为 1949–2100 年间 YYYY-MM-DD 格式的日期，收到 \"2200-01-01\"", en: "expected a year from 1949 to 2100, received 2200-01-01" } }],
    ["an object in documents", { documents: [{}] }, { path: "documents[0]", message: { zh: "未知的文件 object，应为 guangzhou-2000、linyi-report、dunhuang-opinions、guangzhou-2011、longgang-2005 之一", en: "unknown document object; expected one of guangzhou-2000, linyi-report, dunhuang-opinions, guangzhou-2011, longgang-2005" } }],
    ["an unknown id", { documents: ["longgang-2005", "nope"] }, { path: "documents[1]", message: { zh: "未知的文件 \"nope\"，应为 guangzhou-2000、linyi-report、dunhuang-opinions、guangzhou-2011、longgang-2005 之一", en: "unknown document \"nope\"; expected one of guangzhou-2000, linyi-report, dunhuang-opinions, guangzhou-2011, longgang-2005" } }],
  ])("%s", (_, options, problem) => {
    const resolved = resolveOptions(options, builtInBook);
    expect(resolved.problems).toEqual([problem]);
    expect(resolved.documents).toBeUndefined();
    expect("local" in resolved).toBe(false);
  });

  it("keeps exactly the documents chosen, in order", () => {
    expect(resolveOptions({ asOf: "2012-06-30", documents: ["longgang-2005", "linyi-report"] }, builtInBook)).toEqual({ book: builtInBook, asOf: "2012-06-30", documents: ["longgang-2005", "linyi-report"], problems: [] });
  });
});

describe("a local rule that measures without a requirement", () => {
  it("says what it measured, in both languages", () => {
    const local = {
      document: { id: "x", title: "细则", issuer: "某街道", issued: null, inForce: null },
      text: "甲乙",
      rules: [{ id: "x/a", document: "x", article: "1", quote: "甲乙", modality: "requirement", subject: "community", label: { zh: "甲", en: "a" }, threshold: {},
        check: () => ({ kind: "measured", met: false, measured: 5, required: null, shortfall: null }) }],
    };
    const { message } = evaluate({ kind: "community", id: "c" }, { asOf: "2012-06-30", documents: [local as never] }).findings[0]!;
    expect([message.zh, message.en]).toEqual(["甲：未达标；实际5。", "a: not met; measured 5."]);
  });
});

// A rule's requirement in words is kept from one finding to the next while it stays the same: these
// hold the words to the figures of each finding, whatever order findings come in and whatever a
// caller does to a finding it holds.
describe("a requirement in words, from one finding to the next", () => {
  const ratio = "longgang-2005/service-space-ratio";
  const project = (id: string, buildingAreaM2: number) => ({ kind: "project", id, jurisdiction: "longgang", buildingAreaM2, serviceSpaceM2: 150 });
  const required = (report: { findings: readonly { ruleId: string; message: { zh: string } }[] }) => /要求不少于([\d.]+)平方米/.exec(report.findings.find((f) => f.ruleId === ratio)!.message.zh)![1];

  it.each([
    ["45,000 m² then 45,300 m² then 45,000 m²", [45000, 45300, 45000], ["150.00", "151.00", "150.00"]],
    ["the same area twice, then one m² more", [45000, 45000, 45001], ["150.00", "150.00", "150.01"]],
  ])("%s: each message gives its own figure", (_, areas, figures) => {
    const check = createEvaluator({ asOf: "2012-06-30", documents: ["longgang-2005"] });
    expect([...check.evaluateMany(areas.map((a, i) => project(`p${i}`, a)))].map(required)).toEqual(figures);
  });

  it("a caller changing a finding's requirement changes no later message", () => {
    const check = createEvaluator({ asOf: "2012-06-30", documents: ["longgang-2005"] });
    const later = check.evaluate(project("b", 45300)).findings.find((f) => f.ruleId === ratio)!;
    const first = check.evaluate(project("a", 45000)).findings.find((f) => f.ruleId === ratio)!;
    // In place, as a caller editing a report would: the figure and the words of its basis.
    (first.required as { value: unknown }).value = later.required!.value;
    Object.assign(first.required!.basis!, later.required!.basis);
    expect(check.evaluate(project("b", 45300)).findings.find((f) => f.ruleId === ratio)!.message).toEqual(later.message);
    expect(later.message.zh).toMatch(/；实际150平方米；要求不少于151\.00平方米.*；差1\.00平方米/);
  });
});

describe("a requirement in words, when a caller edits a finding in place", () => {
  // 3% of 10,001 and of 10,002 residents both come to 301: the same figure, another basis.
  const id = "guangzhou-2000/volunteers-3-percent";
  const community = (population: number) => ({ kind: "community", id: "c", pilot: true, population, volunteers: 300 });
  it("a basis edited to read like the next finding's does not become the next finding's words", () => {
    const check = createEvaluator({ asOf: "2003-01-01" });
    const later = check.evaluate(community(10002)).findings.find((f) => f.ruleId === id)!;
    const first = check.evaluate(community(10001)).findings.find((f) => f.ruleId === id)!;
    expect([first.required!.value, later.required!.value]).toEqual([301, 301]);
    Object.assign(first.required!.basis!, later.required!.basis);
    const again = check.evaluate(community(10002)).findings.find((f) => f.ruleId === id)!;
    expect(again.message).toEqual(later.message);
    expect(again.message.zh).toContain("（人口 10002 × 3%）");
  });
});
