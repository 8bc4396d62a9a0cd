import { allTrue } from "../../src/checks/allTrue";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";

export const fiveOnes = defineRule({
  id: "guangzhou-2011/five-ones",
  document: "guangzhou-2011",
  article: "23",
  quote: "2012年前,每個街道建立一個家庭綜合服務中心、一個文化活動中心、一個體育休閑公園、一個衛生服務中心、一個視頻監控系統",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道“五个一”", en: "the street's five facilities" },
  threshold: { all: 5 },
  due: "2012-12-31",
  note: "2012年前 is read as by the end of 2012.",
  check: (s) =>
    allTrue([
      [field(s, "fiveOnes.familyServiceCenter"), { zh: "家庭综合服务中心", en: "family service center" }],
      [field(s, "fiveOnes.cultureCenter"), { zh: "文化活动中心", en: "culture activity center" }],
      [field(s, "fiveOnes.sportsPark"), { zh: "体育休闲公园", en: "sports park" }],
      [field(s, "fiveOnes.healthServiceCenter"), { zh: "卫生服务中心", en: "health service center" }],
      [field(s, "fiveOnes.videoSurveillance"), { zh: "视频监控系统", en: "video surveillance system" }],
    ]),
});
