import { describe, expect, it } from "vitest";
import { SubjectValidationError, evaluate } from "../../src/index";

// Each finding's sentence in both languages, worked out from the rule and the figures: a table of
// sentences, one per kind of requirement, status and override.
const SOURCE = "细则";
describe("a finding's message, in Chinese and English", () => {
  it.each([
    [
      "a rate, approximate, past its due date: 3% of 10,001 is 300.03, so 301",
      "guangzhou-2000/volunteers-3-percent", { kind: "community", id: "c", pilot: true, population: 10001, volunteers: 300 }, "2003-01-01", undefined,
      "志愿者队伍人数：未达标；实际300人；要求不少于301人左右（人口 10001 × 3%）；差1人；期限2002-11-23。",
      "volunteer team size: not met; measured 300 people; required at least 301 people (approximate) (3% of population 10001); short by 1 person; due 2002-11-23.",
    ],
    [
      "a range exceeded: 10 members where 5 to 9 are asked",
      "longgang-2005/residents-committee-members", { kind: "community", id: "c", residentsCommittee: { members: 10 } }, "2012-01-01", undefined,
      "社区居委会成员人数：未达标；实际10人；要求5至9人；超出上限1人。",
      "residents committee members: not met; measured 10 people; required 5 to 9 people; exceeds the upper bound by 1 person.",
    ],
    [
      "an exact count short by one",
      "longgang-2005/residents-committee-director", { kind: "community", id: "c", residentsCommittee: { members: 7, directors: 0 } }, "2012-01-01", undefined,
      "社区居委会主任人数：未达标；实际0人；要求1人；差1人。",
      "residents committee directors: not met; measured 0 people; required exactly 1 person; short by 1 person.",
    ],
    [
      "a yes/no standard before its due date",
      "longgang-2005/one-stop-service-window", { kind: "community", id: "c", oneStopServiceWindow: false }, "2010-06-30", undefined,
      "社区“一门式”服务窗口：未达标，尚未到期；实际无；要求有；期限2010-12-31。",
      "one-stop service window: not met yet, not yet due; measured no; required yes; due 2010-12-31.",
    ],
    [
      "a choice: 60 members ask for a general branch",
      "longgang-2005/party-organization-form", { kind: "community", id: "c", partyMembers: 60, partyOrganization: { form: "branch" } }, "2012-01-01", undefined,
      "社区党组织形式：未达标；实际党支部；要求党总支。",
      "form of the community party organization: not met; measured branch; required general-branch.",
    ],
    [
      "a checklist with one item lacking",
      "guangzhou-2011/five-ones", { kind: "street", id: "s", fiveOnes: { familyServiceCenter: true, cultureCenter: true, sportsPark: false, healthServiceCenter: true, videoSurveillance: true } }, "2013-01-01", undefined,
      "街道“五个一”：未达标；实际4个；要求全部 5 项；差1个；缺少：体育休闲公园；期限2012-12-31。",
      "the street's five facilities: not met; measured 4; required all 5; short by 1; lacking: sports park; due 2012-12-31.",
    ],
    [
      "quarters: the second ended without a meeting, the third is running",
      "longgang-2005/joint-meeting-quarterly", { kind: "community", id: "c", partyOrganization: { jointMeetings: ["2005-09-01", "2005-12-01", "2006-02-01"] } }, "2006-07-02", undefined,
      "党建工作联席会议（每季度）：未达标；实际3个季度；要求5个季度；差2个季度；未开会的季度：2006年第2季度、2006年第3季度（进行中）。",
      "party-building joint meetings (quarterly): not met; measured 3 quarters; required 5 quarters; short by 2 quarters; quarters without a meeting: 2006 Q2, 2006 Q3 (running).",
    ],
    [
      "years: last year held, this year not yet",
      "dunhuang-opinions/worker-training-yearly", { kind: "city", id: "d", workerTrainings: ["2007-11-01", "2008-05-01", "2009-05-01", "2010-05-01", "2011-05-01"] }, "2012-06-30", undefined,
      "社区工作人员年度集中培训或轮训：未达标，尚未到期；实际5个年度；要求6个年度；差1个年度；无记录的年份：2012年（进行中）。",
      "yearly training of community workers: not met yet, not yet due; measured 5 years; required 6 years; short by 1 year; years with none recorded: 2012 (running).",
    ],
    [
      "a gap of more than two years",
      "guangzhou-2011/model-selection-every-two-years", { kind: "city", id: "g", modelSelections: [] }, "2014-01-01", undefined,
      "示范街道、示范社区评选（每两年一次）：未达标；要求间隔不超过2年；2011-07-23至2014-01-01间隔超过2年。",
      "model street and community selections (every two years): not met; required no gap over 2 years; more than 2 years between 2011-07-23 and 2014-01-01.",
    ],
    [
      "a permission reported below its figure",
      "longgang-2005/cross-appointment", { kind: "community", id: "c", residentsCommittee: { members: 10, membersOnPartyCommittee: 6 } }, "2012-01-01", undefined,
      "党组织与居委会成员交叉任职比例：报告；实际60.00%；要求可在70%以上；低于70%，条文未作要求。",
      "cross-appointment share (party committee and residents committee): reported; measured 60.00%; required allowed at 70% or more; below 70%, which the text does not require.",
    ],
    [
      "missing data, by Chinese label and by path",
      "longgang-2005/service-space-ratio", { kind: "project", id: "p" }, "2012-01-01", undefined,
      "社区综合服务用房面积：数据不足；缺少社区综合服务用房面积、住宅建筑面积。",
      "community service space: insufficient data; missing serviceSpaceM2, buildingAreaM2.",
    ],
    [
      "not applicable, with the reason",
      "longgang-2005/village-conversion-office-space", { kind: "community", id: "c" }, "2012-01-01", undefined,
      "股份合作公司提供的办公用房：不适用；非“村改居”社区。",
      "office space provided by the shareholding company: not applicable; not a village-conversion (村改居) community.",
    ],
    [
      "an override of a figure and of the due date (to none)",
      "longgang-2005/facility-area/police", { kind: "community", id: "c", rooms: [{ functions: ["police"], areaM2: 45 }] }, "2011-01-01", { threshold: { minM2: 40 }, due: null, source: SOURCE },
      "社区警务室面积：达标；实际45平方米；要求不少于40.00平方米；已按“细则”调整（minM2 50→40，期限 2010-12-31→无）。",
      "community police office area: met; measured 45 m²; required at least 40.00 m²; adjusted by 细则 (minM2 50→40, due 2010-12-31→none).",
    ],
    [
      "an override of a list",
      "dunhuang-opinions/party-organization-per-community", { kind: "community", id: "c", partyOrganization: { form: "branch" } }, "2012-01-01", { threshold: { forms: ["branch"] }, source: SOURCE },
      "社区党组织（一社区一支部）：达标；实际党支部；要求党支部；已按“细则”调整（forms branch/general-branch→branch）。",
      "a party organization for the community: met; measured branch; required branch; adjusted by 细则 (forms branch/general-branch→branch).",
    ],
    [
      "an override of a decimal figure",
      "longgang-2005/work-station-funding-thirds", { kind: "community", id: "c", shareholdingCompany: true, urbanizationTransition: true, funding: { workStation: { totalYuan: "100", districtYuan: "33.34", streetYuan: "33.33", companyYuan: "33.33" } } }, "2012-01-01", { threshold: { toleranceYuan: "0.02" }, source: SOURCE },
      "社区工作站经费三方分担：达标；实际33.34 / 33.33 / 33.33元；要求33.34 / 33.33 / 33.33元；已按“细则”调整（toleranceYuan 0.01→0.02）。",
      "work station budget split in thirds: met; measured 33.34 / 33.33 / 33.33 yuan; required exactly 33.34 / 33.33 / 33.33 yuan; adjusted by 细则 (toleranceYuan 0.01→0.02).",
    ],
  ])("%s", (_, id, subject, asOf, override, zh, en) => {
    const f = evaluate(subject, { asOf, ...(override && { overrides: { [id]: override } }) }).findings.find((x) => x.ruleId === id)!;
    expect(f.message.zh).toBe(zh);
    expect(f.message.en).toBe(en);
  });
});

describe("an override's problems say what is wrong, in both languages", () => {
  const problem = (overrides: unknown) => {
    try {
      evaluate({ kind: "project", id: "p" }, { overrides: overrides as never });
    } catch (error) {
      return (error as SubjectValidationError).problems[0]!.message;
    }
    return undefined;
  };
  it.each([
    ["a decimal figure given as a number", { "longgang-2005/work-station-funding-thirds": { threshold: { toleranceYuan: 0.02 }, source: SOURCE } }, '应为十进制数文字，如 "0.01"，收到 0.02', 'expected a decimal string such as "0.01", received 0.02'],
    ["a figure of the wrong sign", { "longgang-2005/facility-area/police": { threshold: { minM2: -1 }, source: SOURCE } }, "应为不小于 0、不超过 1e15 的普通数，收到 -1", "expected a plain number of 0 or more and at most 1e15, received -1"],
    ["a denominator of 0", { "longgang-2005/service-space-ratio": { threshold: { denominator: 0 }, source: SOURCE } }, "应为大于 0、不超过 1e15 的普通数，收到 0", "expected a plain number above 0 and at most 1e15, received 0"],
    ["an empty list", { "dunhuang-opinions/party-organization-per-community": { threshold: { forms: [] }, source: SOURCE } }, "应为由 none、branch、general-branch、joint-branch 组成的非空列表，收到 a list", "expected a non-empty list of none, branch, general-branch, joint-branch, received a list"],
    ["a figure the rule does not have", { "longgang-2005/service-space-ratio": { threshold: { ratio: 400 }, source: SOURCE } }, "规则没有这个数值（有 numerator、denominator）", "the rule has no such figure (it has numerator, denominator)"],
    ["an override that is not an object", { "longgang-2005/service-space-ratio": 400 }, "应为 { source, threshold, due } 对象，收到 400", "expected { source, threshold, due }, received 400"],
    ["a threshold that is not an object", { "longgang-2005/service-space-ratio": { threshold: [400], source: SOURCE } }, "应为对象，收到 a list", "expected an object, received a list"],
    ["a date in the wrong form", { "longgang-2005/service-space-ratio": { due: "2012/1/1", source: SOURCE } }, '应为 YYYY-MM-DD 格式的日期或 null，收到 "2012/1/1"', 'expected a YYYY-MM-DD date or null, received "2012/1/1"'],
  ])("%s", (_, overrides, zh, en) => {
    expect(problem(overrides)).toEqual({ zh, en });
  });
});
