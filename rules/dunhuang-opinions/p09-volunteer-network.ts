import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const volunteerNetwork = defineRule({
  id: "dunhuang-opinions/volunteer-network",
  document: "dunhuang-opinions",
  article: "(九)",
  quote: "建立健全市、镇、社区三级志愿者服务组织网络",
  modality: "requirement",
  subject: "city",
  label: { zh: "市、镇、社区三级志愿者服务组织网络", en: "city, town and community network of volunteer organizations" },
  threshold: { present: true },
  note: `Asked of the city. Added from the seed (issue 22): a yes/no field records whether it is done. ${UNDATED}`,
  check: (s) => isTrue(field(s, "volunteerNetwork")),
});
