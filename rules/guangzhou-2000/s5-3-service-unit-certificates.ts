import { everyYear } from "../../src/checks/everyYear";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { inPilot } from "./document";

export const serviceUnitReviewYearly = defineRule({
  id: "guangzhou-2000/service-unit-review-yearly",
  document: "guangzhou-2000",
  article: "五(三)",
  quote: "经各级民政部门认定后,核发《社区服务单位证书》,并实施年审制度",
  modality: "requirement",
  subject: "district",
  label: { zh: "《社区服务单位证书》年审", en: "yearly review of service unit certificates" },
  threshold: { perYear: 1 },
  note: "年审: every year from the notice (2000) up to the as-of year is judged; an ended year without a review fails and stays visible, the running year is pending until one. Asked of the pilot district's civil affairs bureau, which certifies the service units in it. Added from the seed (issue 22).",
  appliesWhen: inPilot,
  check: (d, { threshold }, { asOf, document }) => everyYear(field(d, "serviceUnitReviews"), asOf, document.inForce, threshold.perYear),
});
