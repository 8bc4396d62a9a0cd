import { everyYear } from "../../src/checks/everyYear";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const workerTrainingYearly = defineRule({
  id: "dunhuang-opinions/worker-training-yearly",
  document: "dunhuang-opinions",
  article: "(十七)",
  quote: "按年度分层次组织集中培训或轮训",
  modality: "requirement",
  subject: "city",
  label: { zh: "社区工作人员年度集中培训或轮训", en: "yearly training of community workers" },
  threshold: { perYear: 1 },
  note: `按年度: the last full year (fail if none) and the running year (pending until one). ${UNDATED}`,
  check: (c, { threshold }, { asOf, document }) => everyYear(field(c, "workerTrainings"), asOf, document.inForce, threshold.perYear),
});
