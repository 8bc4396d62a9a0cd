import { appliesIf } from "../../src/rule/applicability";
import { pilotOf } from "../../src/rule/pilotOf";
import type { Applicability, RuleContext } from "../../src/rule/rule";
import type { Bilingual, SourceDocument } from "../../src/types";

export const guangzhou2000: SourceDocument = {
  id: "guangzhou-2000",
  title: "中共广州市委办公厅关于我市开展社区建设试点工作的通知",
  number: "穗办[2000]21号",
  issuer: "中共广州市委办公厅、广州市人民政府办公厅",
  issued: "2000-11-23",
  inForce: "2000-11-23",
  jurisdiction: "guangzhou",
  note: "A notice on pilot work (现就开展试点工作的有关问题通知如下): every clause binds the pilot district (东山区), the pilot streets (南华西街、北京街、大塘街、华林街、石牌街、东陂街) and the streets and communities in them only.",
  timeline: [
    { from: "2000-03-01", to: "2000-08-10", text: "调查研究,制定试点方案" },
    { from: "2000-11-23", to: "2001-03-31", text: "按照试点方案实施" },
    { from: "2001-03-01", text: "总结、铺开" },
  ],
};

/** 用1至2年的时间 / 在2年内, counted from the notice's date (spec section 1). */
export const TWO_YEARS_FROM_ISSUE = "2002-11-23";

export const NOT_A_PILOT: Bilingual = { zh: "不在试点区、街内", en: "not in a pilot district or street" };

/**
 * 现就开展试点工作的有关问题通知如下: the notice binds the pilot district and streets and what lies in
 * them. Unknown pilot status is insufficient data, never a guess.
 */
export const inPilot = (_: unknown, context: RuleContext): Applicability => appliesIf(pilotOf(context), NOT_A_PILOT);

/** What every rule addressed to 试点街 says of whom it binds (isPilotStreet). */
export const PILOT_STREET_NOTE = "Binds a 试点街 itself: a street whose own pilot flag is true, or one of the six the notice names; not every street of the pilot district 东山区, of which only 大塘街 is a 试点街 (spec section 2; issue 22).";

/** The six streets the notice names as 试点街 (其中…为试点街). */
export const PILOT_STREETS: readonly string[] = Object.freeze(["南华西街", "北京街", "大塘街", "华林街", "石牌街", "东陂街"]);

export const NOT_A_PILOT_STREET: Bilingual = { zh: "不是试点街（试点街为南华西街、北京街、大塘街、华林街、石牌街、东陂街）", en: "not a pilot street (the pilot streets are 南华西街, 北京街, 大塘街, 华林街, 石牌街 and 东陂街)" };

/**
 * 东山区为试点区…东山区的大塘街…为试点街: the pilot district is not a pilot street. A clause addressed
 * to 试点街 binds a street that is one itself: its own `pilot`, or its name among the six the
 * notice lists. A street of the pilot district without its own flag may be 大塘街 or another: its
 * data is insufficient until it says; a street outside any pilot is not one.
 */
export const isPilotStreet = (street: { pilot?: boolean; name?: string }, context: RuleContext): Applicability => {
  if (street.pilot !== undefined) return appliesIf({ path: "pilot", value: street.pilot }, NOT_A_PILOT_STREET);
  if (street.name !== undefined && PILOT_STREETS.includes(street.name.trim())) return true;
  if (context.pilot === false) return { reason: NOT_A_PILOT_STREET };
  return { missing: ["pilot"] };
};

/**
 * How the notice's 社区 is read where it names a body or facility (社区党风监督站, 社区协商议事委员会,
 * 在社区设立计算机网络服务中心): the street's area, asked of the street.
 */
export const SOCIAL_AREA_NOTE = "In this notice 社区 names the street's area and 居民区 a residents committee's: 驻社区的各类…单位 are led by the 街道党工委, and the 社区协商议事委员会 is formed on the street's 地区性议事机构. A clause about a 社区 body or facility is asked of the street (issue 22).";
