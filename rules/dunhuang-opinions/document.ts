import type { SourceDocument } from "../../src/types";

export const dunhuangOpinions: SourceDocument = {
  id: "dunhuang-opinions",
  title: "和谐社区建设工作意见",
  issuer: "敦煌市 (municipal opinions; the text cites the 17th Party Congress, so 2007 or later)",
  issued: null,
  // 坚持以党的十七大精神为指导: the 17th Party Congress closed on 2007-10-21.
  inForce: "2007-10-22",
  inForceEstimate: { zh: "文中“坚持以党的十七大精神为指导”，十七大于2007年10月21日闭幕", en: "it cites the spirit of the 17th Party Congress, which closed on 2007-10-21" },
  jurisdiction: "dunhuang",
  note: "The copy states no date and lost two years in transmission (民发〔〕85号, 从年起): the missing years are not invented. Its text cannot predate the 17th Party Congress it cites (坚持以党的十七大精神为指导, closed 2007-10-21), so it binds from 2007-10-22, the earliest day it could have been written; before that its rules are not applicable (issue 22).",
  timeline: [],
};

/** Every Dunhuang rule says why it has no start date (spec section 1). */
export const UNDATED = "The copy states no date (and lost two years: 民发〔〕85号, 从年起): in force from 2007-10-22, the day after the 17th Party Congress it cites closed (the document's note).";
