import { everyYear } from "../../src/checks/everyYear";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const workerReviewYearly = defineRule({
  id: "longgang-2005/worker-review-yearly",
  document: "longgang-2005",
  article: "第五十一条",
  quote: "每年年终对社区工作人员进行考核、评议",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区工作人员年终考核、评议", en: "year-end review of community workers" },
  threshold: { perYear: 1 },
  note: "每年年终: the last full year (fail if none) and the running year (pending until its review), from the year the document came into force.",
  check: (c, { threshold }, { asOf, document }) => everyYear(field(c, "workers.reviews"), asOf, document.inForce, threshold.perYear),
});
