import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/street";

/** Who leads the street's committee, item by item. */
const LEADERSHIP: readonly NamedField<Street>[] = [
  { path: "partyCoordinationCommittee.chairIsWorkingCommitteeSecretary", name: { zh: "党工委书记任主任", en: "the working committee's secretary as chair" } },
  { path: "partyCoordinationCommittee.deputySecretaryInCharge", name: { zh: "1名党工委副书记分管", en: "one deputy secretary in charge" } },
];

export const streetPartyCoordination = defineRule({
  id: "longgang-2005/street-party-coordination",
  document: "longgang-2005",
  article: "第十四条",
  quote: "街道党工委书记任党建协调委员会主任,同时确定1名党工委副书记分管社区党建协调工作",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道党建协调委员会主任及分管副书记", en: "chair and deputy in charge of the street's party-building coordination committee" },
  threshold: { items: LEADERSHIP },
  check: (s, { threshold }) => allFieldsTrue(s, threshold.items),
});

export const communityPartyCoordination = defineRule({
  id: "longgang-2005/community-party-coordination",
  document: "longgang-2005",
  article: "第十四条",
  quote: "各社区也要相应成立社区党建工作协调委员会",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区党建工作协调委员会", en: "the community's party-building coordination committee" },
  threshold: { present: true },
  check: (c) => isTrue(field(c, "partyCoordinationCommittee")),
});
