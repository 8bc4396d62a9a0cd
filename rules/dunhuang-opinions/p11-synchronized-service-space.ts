import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const synchronizedServiceSpace = defineRule({
  id: "dunhuang-opinions/synchronized-service-space",
  document: "dunhuang-opinions",
  article: "(十一)",
  quote: "同步设计、同步建设、同步交付使用",
  modality: "requirement",
  subject: "project",
  label: { zh: "社区配套用房同步设计、建设、交付", en: "community space designed, built and delivered with the housing" },
  threshold: { present: true },
  note: `确保房地产开发企业将纳入规划建设的社区配套用房与住宅小区同步…: asked of a housing project. Added from the seed (issue 22): a yes/no field records whether it is done. ${UNDATED}`,
  check: (s) => isTrue(field(s, "serviceSpaceSynchronized")),
});
