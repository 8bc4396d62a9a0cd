import type { SourceDocument } from "../../src/types";

export const longgang2005: SourceDocument = {
  id: "longgang-2005",
  title: "深圳市龙岗区社区建设工作试行办法",
  issuer: "中共深圳市龙岗区委员会、深圳市龙岗区人民政府",
  issued: "2005-07-27",
  // 第五十八条 本办法自发布之日起施行.
  inForce: "2005-07-27",
  jurisdiction: "longgang",
  timeline: [
    { to: "2007-12-31", text: "全区社区基本达到深圳市社区建设的达标标准" },
    { to: "2010-12-31", text: "全区社区基本达到国家和省级示范社区标准" },
  ],
};
