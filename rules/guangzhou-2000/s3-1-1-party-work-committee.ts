import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { inPilot } from "./document";

export const streetPartyWorkCommittee = defineRule({
  id: "guangzhou-2000/street-party-work-committee",
  document: "guangzhou-2000",
  article: "三(一)1",
  quote: "把街道党委改为街道党的工作委员会",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道党委改为街道党工委", en: "the street party committee becomes a working committee" },
  threshold: { present: true },
  note: "Added from the seed (issue 22): a yes/no field records whether the street's party committee has become a 党工委. Binds the streets of the pilot area.",
  appliesWhen: inPilot,
  check: (s) => isTrue(field(s, "partyWorkCommittee")),
});
