import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const oneHallServiceCenter = defineRule({
  id: "linyi-report/one-hall-service-center",
  document: "linyi-report",
  article: "二、四",
  quote: '重点建设一处功能齐全的社区服务中心,实行"一厅式"集中办公服务',
  modality: "guidance",
  subject: "street",
  label: { zh: "“一厅式”社区服务中心", en: "one-hall community service center" },
  threshold: { present: true },
  note: `各县区和街道要…重点建设一处: asked of the street (one centre where its services sit in one hall). 要 in a survey report: guidance (issue 22). ${UNDATED}`,
  check: (s) => isTrue(field(s, "oneHallServiceCenter")),
});
