import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const committeeElected = defineRule({
  id: "linyi-report/committee-elected",
  document: "linyi-report",
  article: "二、二",
  quote: "其成员应依法经过选举产生",
  modality: "guidance",
  subject: "community",
  label: { zh: "居委会成员依法选举产生", en: "committee members elected according to law" },
  threshold: { present: true },
  note: `应 in a survey report's 思路和重点, restating the law (居民委员会组织法) rather than quoting a binding document of its own: guidance (issue 22). Any lawful election counts, direct or by representatives. ${UNDATED}`,
  check: (c) => isTrue(field(c, "committeeElected")),
});
