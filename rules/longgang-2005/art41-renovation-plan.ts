import { everyYear } from "../../src/checks/everyYear";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const renovationPlanYearly = defineRule({
  id: "longgang-2005/renovation-plan-yearly",
  document: "longgang-2005",
  article: "第四十一条",
  quote: "由街道办事处制定年度改造计划",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道年度改造计划", en: "the street's yearly renovation plan" },
  threshold: { perYear: 1 },
  note: "Binds a street with older communities whose infrastructure is incomplete (基础设施尚不完善的原有社区; a field, never guessed). 年度: every year from the document's force up to the as-of year is judged by the days its plans were made; an ended year without one fails and stays visible, the running year is pending. Added from the seed (issue 22).",
  appliesWhen: (s) => appliesIf(field(s, "incompleteInfrastructure"), { zh: "辖区无基础设施尚不完善的原有社区", en: "no older community with incomplete infrastructure" }),
  check: (s, { threshold }, { asOf, document }) => everyYear(field(s, "renovationPlans"), asOf, document.inForce, threshold.perYear),
});
