import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { inPilot } from "./document";

export const serviceCenterStaffBudget = defineRule({
  id: "guangzhou-2000/service-center-staff-budget",
  document: "guangzhou-2000",
  article: "三(三)3",
  quote: "分别配备5名和3名事业编制,人员经费纳入各区财政预算",
  modality: "requirement",
  subject: "district",
  label: { zh: "社区服务中心人员经费纳入区财政预算", en: "service centers' staff costs in the district budget" },
  threshold: { present: true },
  note: "纳入各区财政预算: the district carries the staff costs of its own and its streets' service centers. The posts themselves are the rule guangzhou-2000/service-center-posts. Added from the seed (issue 22).",
  appliesWhen: inPilot,
  check: (d) => isTrue(field(d, "serviceCenterStaffInBudget")),
});
