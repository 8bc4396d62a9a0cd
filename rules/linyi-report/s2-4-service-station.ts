import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const serviceStation = defineRule({
  id: "linyi-report/service-station",
  document: "linyi-report",
  article: "二、四",
  quote: "各社区居委会也要设立服务站(点)",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区服务站（点）", en: "community service station" },
  threshold: { present: true },
  note: UNDATED,
  check: (c) => isTrue(field(c, "serviceStation")),
});
