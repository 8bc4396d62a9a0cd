import { isTrue } from "../../src/checks/isTrue";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const charitySupermarket = defineRule({
  id: "dunhuang-opinions/charity-supermarket",
  document: "dunhuang-opinions",
  article: "(八)",
  quote: "在每个社区服务中心设立“爱心超市”等慈善机构",
  modality: "requirement",
  subject: "street",
  label: { zh: "社区服务中心“爱心超市”等慈善机构", en: "charity outlet (爱心超市 or similar) in the service center" },
  threshold: { present: true },
  note: `A street rule, where the catalogue says community: the outlet sits in each 社区服务中心, and (十二) puts that center at the street (街道要建设社区服务中心). A street without a center is asked for the center first (street-service-center). ${UNDATED}`,
  appliesWhen: (s) => appliesIf(field(s, "serviceCenter"), { zh: "街道未建社区服务中心", en: "the street has no community service center" }),
  check: (s) => isTrue(field(s, "charitySupermarket")),
});
