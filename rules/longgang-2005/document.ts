import { appliesIf } from "../../src/rule/applicability";
import type { Applicability } from "../../src/rule/rule";
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

/**
 * 在城市化过渡期内: whether a community is in the urbanization transition period is a field
 * (urbanizationTransition), never guessed; unknown is insufficient data.
 */
export const inTransition = (c: { urbanizationTransition?: boolean }): Applicability =>
  appliesIf({ path: "urbanizationTransition", value: c.urbanizationTransition }, { zh: "不在城市化过渡期内", en: "not in the urbanization transition period" });
