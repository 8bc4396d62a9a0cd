import type { SourceDocument } from "../../src/types";

export const dunhuangOpinions: SourceDocument = {
  id: "dunhuang-opinions",
  title: "和谐社区建设工作意见",
  issuer: "敦煌市 (municipal opinions; the text cites the 17th Party Congress, so 2007 or later)",
  issued: null,
  inForce: null,
  jurisdiction: "dunhuang",
  note: "The copy states no date and lost two years in transmission (民发〔〕85号, 从年起): treated as in force without a start date; the missing years are not invented.",
  timeline: [],
};

/** Every Dunhuang rule says why it has no start date (spec section 1). */
export const UNDATED = "The copy states no date (and lost two years: 民发〔〕85号, 从年起): in force without a start date.";
