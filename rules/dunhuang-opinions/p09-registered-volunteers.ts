import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const registeredVolunteers15Percent = defineRule({
  id: "dunhuang-opinions/registered-volunteers-15-percent",
  document: "dunhuang-opinions",
  article: "(九)",
  quote: "社区注册登记志愿者人数达到居民总数的15%以上",
  modality: "target",
  subject: "community",
  label: { zh: "注册登记志愿者", en: "registered volunteers" },
  threshold: { numerator: 15, denominator: 100 },
  note: `居民总数 is the community's population. ${UNDATED}`,
  check: (c, { threshold }) => rateAtLeast(field(c, "registeredVolunteers"), field(c, "population"), threshold, "people"),
});
