import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const basicServiceCatalogue = defineRule({
  id: "guangzhou-2011/basic-service-catalogue",
  document: "guangzhou-2011",
  article: "12",
  quote: "制定公布社區基本公共服務指導目錄",
  displayQuote: "制定公布社区基本公共服务指导目录",
  modality: "requirement",
  subject: "city",
  label: { zh: "社区基本公共服务指导目录", en: "guiding catalogue of basic public services in communities" },
  threshold: { present: true },
  note: "Asked of the city: made and published. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (s) => isTrue(field(s, "basicServiceCatalogue")),
});
