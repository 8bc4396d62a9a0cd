import { atLeast } from "../../src/checks/atLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const advancedCommunitiesBy2010 = defineRule({
  id: "linyi-report/advanced-communities-by-2010",
  document: "linyi-report",
  article: "二",
  quote: "并创建一批省级和国家级的先进社区",
  modality: "target",
  subject: "city",
  label: { zh: "省级和国家级先进社区（2010年）", en: "provincial and national advanced communities (2010)" },
  threshold: { min: 1 },
  unit: "count",
  due: "2010-12-31",
  note: `第三步到2010年: the third step's aim, due at the end of 2010 (issue 22). 一批 names no number: at least one is read as begun, and the count is shown. ${UNDATED}`,
  check: (c, { threshold }) => atLeast(field(c, "advancedCommunities"), threshold.min, "count"),
});
