import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { SOCIAL_AREA_NOTE, inPilot } from "./document";

export const consultativeCommittee = defineRule({
  id: "guangzhou-2000/consultative-committee",
  document: "guangzhou-2000",
  article: "三(二)2",
  quote: "共同组成社区协商议事委员会",
  modality: "requirement",
  subject: "street",
  label: { zh: "社区协商议事委员会", en: "community consultative committee" },
  threshold: { present: true },
  note: `Deputies, committee members, notables and the heads of resident units, on the street's 地区性议事机构. ${SOCIAL_AREA_NOTE}`,
  appliesWhen: inPilot,
  check: (s) => isTrue(field(s, "consultativeCommittee")),
});
