import { describe, expect, it } from "vitest";
import { createEvaluator, evaluate } from "../../src/index";

const traceOf = (id: string, subject: object, options: Parameters<typeof evaluate>[1]) => evaluate(subject, { ...options, explain: true }).findings.find((f) => f.ruleId === id)!.trace!;

describe("explain: true gives each finding its steps, in zh and en", () => {
  it("works out 3% of 10,001 residents by hand: 300.03, so 301; 300 × 100 = 30000 < 10001 × 3 = 30003", () => {
    const trace = traceOf("guangzhou-2000/volunteers-3-percent", { kind: "community", id: "c", pilot: true, population: 10001, volunteers: 300 }, { asOf: "2003-01-01" });
    expect(trace.map((s) => s.zh)).toEqual([
      "文件自 2000-11-23 起施行，评估日 2003-01-01 已施行",
      "读取 志愿者队伍人数（volunteers）：300",
      "读取 人口（population）：10001",
      "要求：10001 × 3 ÷ 100 = 300.03，向上取整，得 301",
      "比较（不做除法，精确）：300 × 100 = 30000 < 10001 × 3 = 30003，未达到",
      "期限 2002-11-23，评估日 2003-01-01 已过期限：未达标",
    ]);
    expect(trace[3]!.en).toBe("required: 10001 × 3 ÷ 100 = 300.03, rounded up to a whole number: 301");
  });

  it("sums a shared room into each of its functions, and says why a shortfall is pending", () => {
    const community = { kind: "community", id: "c", jurisdiction: "longgang", rooms: [{ name: "党员之家", functions: ["party-activity", "library"], areaM2: 60 }, { functions: ["library"], areaM2: "39.5" }] };
    const trace = traceOf("longgang-2005/facility-area/library", community, { asOf: "2010-06-30" });
    expect(trace.map((s) => s.zh)).toEqual([
      "文件自 2005-07-27 起施行，评估日 2010-06-30 已施行",
      "图书室面积：60（党员之家） + 39.5（一室多用的房间全额计入每一用途）",
      "比较：99.5 < 100，差 100 − 99.5（向上取到 0.01）",
      "期限 2010-12-31，评估日 2010-06-30 不晚于期限：未到期",
    ]);
  });

  it("names the override, the document not yet in force, missing data and a permission", () => {
    const project = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 45000, serviceSpaceM2: 120 };
    const overridden = traceOf("longgang-2005/service-space-ratio", project, { asOf: "2012-06-30", overrides: { "longgang-2005/service-space-ratio": { threshold: { denominator: 400 }, source: "某区实施细则 第5条" } } });
    expect(overridden[1]!.zh).toBe("按“某区实施细则 第5条”调整：denominator 300→400");
    expect(overridden.at(-1)!.zh).toBe("达标");
    expect(traceOf("longgang-2005/service-space-ratio", project, { asOf: "2005-07-26" }).map((s) => s.en)).toEqual([
      "2005-07-26 is before the document came into force on 2005-07-27: not applicable",
      "not applicable: the document is in force from 2005-07-27, after the as-of date",
    ]);
    expect(traceOf("longgang-2005/service-space-ratio", { ...project, serviceSpaceM2: undefined }, { asOf: "2012-06-30" }).at(-1)!.zh).toBe("缺少社区综合服务用房面积：数据不足，不作判断");
    const cross = traceOf("longgang-2005/cross-appointment", { kind: "community", id: "c", jurisdiction: "longgang", residentsCommittee: { members: 10, membersOnPartyCommittee: 6 } }, { asOf: "2012-06-30" });
    expect(cross.at(-1)!.zh).toBe("条文为“可”（允许）：只报告，不判未达标");
  });

  it("is off by default: no trace, and the same findings otherwise", () => {
    const subject = { kind: "community", id: "c", pilot: true, population: 10001, volunteers: 300 };
    const plain = evaluate(subject, { asOf: "2003-01-01" });
    const explained = evaluate(subject, { asOf: "2003-01-01", explain: true });
    expect(plain.findings.every((f) => f.trace === undefined)).toBe(true);
    expect(explained.findings.every((f) => (f.trace?.length ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(explained.findings.map(({ trace: _, ...f }) => f))).toBe(JSON.stringify(plain.findings));
  });

  it("works in an evaluator, and refuses a non-boolean", () => {
    expect(createEvaluator({ asOf: "2012-06-30", explain: true }).evaluate({ kind: "project", id: "p" }).findings[0]!.trace).toBeDefined();
    expect(() => evaluate({ kind: "project", id: "p" }, { explain: "yes" as never })).toThrow(/explain/);
  });
});

describe("the last step says how the outcome became the status", () => {
  it.each([
    ["an undated document, met", "dunhuang-opinions/charity-supermarket", { kind: "street", id: "s", serviceCenter: true, charitySupermarket: true }, "2012-06-30",
      ["和谐社区建设工作意见 未载明日期，自最早可能成文之日 2007-10-22 起适用（文中“坚持以党的十七大精神为指导”，十七大于2007年10月21日闭幕），评估日 2012-06-30 已适用", "dunhuang-opinions states no date; it binds from 2007-10-22, the earliest day it could have been written (it cites the spirit of the 17th Party Congress, which closed on 2007-10-21); 2012-06-30 is on or after it"], ["达标", "met"]],
    ["an amount owed, reported", "longgang-2005/in-lieu-payment", { kind: "project", id: "p", buildingAreaM2: 45000, serviceSpaceM2: 100, salePricePerM2Yuan: 100 }, "2012-06-30",
      ["文件自 2005-07-27 起施行，评估日 2012-06-30 已施行", "in force from 2005-07-27; 2012-06-30 is on or after it"], ["报告的数额，不作判断", "a figure reported, not judged"]],
    ["a period still running", "dunhuang-opinions/worker-training-yearly", { kind: "city", id: "d", workerTrainings: ["2007-11-01", "2008-05-01", "2009-05-01", "2010-05-01", "2011-05-01"] }, "2012-06-30",
      ["和谐社区建设工作意见 未载明日期，自最早可能成文之日 2007-10-22 起适用（文中“坚持以党的十七大精神为指导”，十七大于2007年10月21日闭幕），评估日 2012-06-30 已适用", "dunhuang-opinions states no date; it binds from 2007-10-22, the earliest day it could have been written (it cites the spirit of the 17th Party Congress, which closed on 2007-10-21); 2012-06-30 is on or after it"], ["未达到，但所查期间尚未结束：未到期", "not met, but the period is still running: pending"]],
    ["no due date, not met", "longgang-2005/party-organization-form", { kind: "community", id: "c", jurisdiction: "longgang", partyMembers: 60, partyOrganization: { form: "branch" } }, "2012-06-30",
      ["文件自 2005-07-27 起施行，评估日 2012-06-30 已施行", "in force from 2005-07-27; 2012-06-30 is on or after it"], ["条文无期限：未达到即未达标", "the clause sets no due date: not met is a failure"]],
    ["not applicable for a reason of the subject", "longgang-2005/village-conversion-office-space", { kind: "community", id: "c", jurisdiction: "longgang" }, "2012-06-30",
      ["文件自 2005-07-27 起施行，评估日 2012-06-30 已施行", "in force from 2005-07-27; 2012-06-30 is on or after it"], ["不适用：非“村改居”社区", "not applicable: not a village-conversion (村改居) community"]],
  ])("%s", (_, id, subject, asOf, first, last) => {
    const trace = traceOf(id, subject, { asOf });
    expect([trace[0]!.zh, trace[0]!.en]).toEqual(first);
    expect([trace.at(-1)!.zh, trace.at(-1)!.en]).toEqual(last);
  });

  it("pending before a due date says so, with both dates", () => {
    const trace = traceOf("longgang-2005/one-stop-service-window", { kind: "community", id: "c", jurisdiction: "longgang", oneStopServiceWindow: false }, { asOf: "2010-12-31" });
    expect([trace.at(-1)!.zh, trace.at(-1)!.en]).toEqual(["期限 2010-12-31，评估日 2010-12-31 不晚于期限：未到期", "due 2010-12-31; 2010-12-31 is not after it: pending"]);
  });

  it("names the range a count must lie in", () => {
    const trace = traceOf("longgang-2005/residents-committee-members", { kind: "community", id: "c", jurisdiction: "longgang", residentsCommittee: { members: 10 } }, { asOf: "2012-06-30" });
    expect(trace.map((s) => s.en)).toContain("compare: must lie from 5 to 9, both included");
    expect(trace.map((s) => s.zh)).toContain("比较：应在 5 至 9 之间（含两端）");
  });

  it("names the one figure a count must be when the range is a single number", () => {
    const trace = traceOf("longgang-2005/residents-committee-director", { kind: "community", id: "c", jurisdiction: "longgang", residentsCommittee: { directors: 2 } }, { asOf: "2012-06-30" });
    expect(trace.map((s) => [s.zh, s.en])).toContainEqual(["比较：应为 1", "compare: must be 1"]);
  });
});
