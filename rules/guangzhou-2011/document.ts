import type { SourceDocument } from "../../src/types";

export const guangzhou2011: SourceDocument = {
  id: "guangzhou-2011",
  title: "关于全面推进街道、社区服务管理改革创新的意见",
  issuer: "中共广州市委、广州市人民政府",
  issued: "2011-07-23",
  inForce: "2011-07-23",
  jurisdiction: "guangzhou",
  note: "The copy is in traditional characters with pinyin in brackets after some of them (社區(qū)); the shipped normalized text drops the pinyin.",
  timeline: [
    { from: "2011-01-01", to: "2012-12-31", text: "理顺体制、夯实基础" },
    { from: "2013-01-01", to: "2015-12-31", text: "完善功能、提升水平" },
    { from: "2016-01-01", to: "2020-12-31", text: "共建共享、良性互动" },
  ],
};

/** 到2015年: due by the end of 2015 (spec section 1). */
export const BY_2015 = "2015-12-31";
