import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { appliesIf } from "../../src/rule/applicability";

export const jointAcceptance = defineRule({
  id: "longgang-2005/joint-acceptance",
  document: "longgang-2005",
  article: "第三十五条",
  quote: "民政部门、街道办事处和社区工作站一起参与验收",
  modality: "requirement",
  subject: "project",
  label: { zh: "民政部门、街道办事处和社区工作站参与验收", en: "civil affairs, the street office and the work station take part in acceptance" },
  threshold: { present: true },
  note: "规划部门在项目综合验收时…一起参与验收: asked of a project once accepted. Added from the seed (issue 22): a yes/no field records whether it is done.",
  appliesWhen: (p) => appliesIf(field(p, "accepted"), { zh: "项目尚未验收", en: "the project has not been accepted" }),
  check: (s) => isTrue(field(s, "jointAcceptance")),
});
