import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const directElectionParticipation = defineRule({
  id: "dunhuang-opinions/direct-election-participation",
  document: "dunhuang-opinions",
  article: "(五)",
  quote: "参加直选的居民达总人数的80%以上",
  modality: "target",
  subject: "community",
  label: { zh: "参加直选的居民", en: "residents taking part in the direct election" },
  threshold: { numerator: 80, denominator: 100 },
  note: `总人数 is read as the residents entitled to vote in that election. ${UNDATED}`,
  appliesWhen: (c) => appliesIf(field(c, "residentsCommittee.election.direct"), { zh: "居委会非直选产生", en: "the committee was not directly elected" }),
  check: (c, { threshold }) =>
    rateAtLeast(field(c, "residentsCommittee.election.participants"), field(c, "residentsCommittee.election.eligibleVoters"), threshold, "people"),
});
