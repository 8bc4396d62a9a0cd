import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const residentsCommitteeElection = defineRule({
  id: "longgang-2005/residents-committee-election",
  document: "longgang-2005",
  article: "第十七条",
  quote: "由本社区全体有选举权的居民选举产生",
  modality: "requirement",
  subject: "community",
  label: { zh: "居委会由全体有选举权的居民选举产生", en: "residents committee elected by all eligible residents" },
  threshold: { present: true },
  note: "全体有选举权的居民选举产生: a direct election by every eligible resident (residentsCommittee.election.direct), not one by household or residents' representatives. Added from the seed (issue 22).",
  check: (c) => isTrue(field(c, "residentsCommittee.election.direct")),
});
