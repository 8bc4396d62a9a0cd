import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const workerCertificates = defineRule({
  id: "linyi-report/worker-certificates",
  document: "linyi-report",
  article: "二、五",
  quote: "要采取岗位培训、考核、持证上岗的办法",
  modality: "guidance",
  subject: "community",
  label: { zh: "社区专职成员培训考核、持证上岗", en: "full-time members trained, examined and certified" },
  threshold: { present: true },
  note: `要 in a survey report: guidance (issue 22). The same field as Longgang art. 50 (workersCertified). ${UNDATED}`,
  check: (c) => isTrue(field(c, "workersCertified")),
});
