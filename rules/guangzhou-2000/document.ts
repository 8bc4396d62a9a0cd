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
