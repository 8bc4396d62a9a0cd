import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";
import { UNDATED } from "./document";

export const charitySupermarket = defineRule({
  id: "dunhuang-opinions/charity-supermarket",
  document: "dunhuang-opinions",
  article: "(八)",
  quote: "在每个社区服务中心设立“爱心超市”等慈善机构",
  modality: "requirement",
  subject: "community",
  label: { zh: "“爱心超市”等慈善机构", en: "charity outlet (爱心超市 or similar)" },
  threshold: { present: true },
  note: UNDATED,
  check: (c) => isTrue(field(c, "charitySupermarket")),
});
