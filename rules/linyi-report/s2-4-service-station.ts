import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const serviceStation = defineRule({
  id: "linyi-report/service-station",
  document: "linyi-report",
  article: "二、四",
  quote: "各社区居委会也要设立服务站(点)",
  modality: "guidance",
  subject: "community",
  label: { zh: "社区服务站（点）", en: "community service station" },
  threshold: { present: true },
  note: `要 in a survey report's 思路和重点 (调查报告), quoting no binding document: guidance, where the catalogue says requirement (issue 22). ${UNDATED}`,
  check: (c) => isTrue(field(c, "serviceStation")),
});
