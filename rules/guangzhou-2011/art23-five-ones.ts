import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/subject";

/** What the clause asks for, item by item. */
const FIVE_ONES: readonly NamedField<Street>[] = [
  { path: "fiveOnes.familyServiceCenter", name: { zh: "家庭综合服务中心", en: "family service center" } },
  { path: "fiveOnes.cultureCenter", name: { zh: "文化活动中心", en: "culture activity center" } },
  { path: "fiveOnes.sportsPark", name: { zh: "体育休闲公园", en: "sports park" } },
  { path: "fiveOnes.healthServiceCenter", name: { zh: "卫生服务中心", en: "health service center" } },
  { path: "fiveOnes.videoSurveillance", name: { zh: "视频监控系统", en: "video surveillance system" } },
];

export const fiveOnes = defineRule({
  id: "guangzhou-2011/five-ones",
  document: "guangzhou-2011",
  article: "23",
  quote: "2012年前,每個街道建立一個家庭綜合服務中心、一個文化活動中心、一個體育休閑公園、一個衛生服務中心、一個視頻監控系統",
  displayQuote: "2012年前,每个街道建立一个家庭综合服务中心、一个文化活动中心、一个体育休闲公园、一个卫生服务中心、一个视频监控系统",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道“五个一”", en: "the street's five facilities" },
  threshold: { items: FIVE_ONES },
  due: "2012-12-31",
  note: "2012年前 is read as by the end of 2012.",
  check: (subject, { threshold }) => allFieldsTrue(subject, threshold.items),
});
