import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/subject";
import { SOCIAL_AREA_NOTE, inPilot } from "./document";

const MEASURES: readonly NamedField<Street>[] = [
  { path: "partyConduct.supervisionStation", name: { zh: "社区党风监督站", en: "party conduct supervision station" } },
  { path: "partyConduct.contactCards", name: { zh: "在职党员社区活动联系卡", en: "contact cards for employed party members" } },
];

export const partyConductSupervision = defineRule({
  id: "guangzhou-2000/party-conduct-supervision",
  document: "guangzhou-2000",
  article: "三(一)5",
  quote: "建立社区党风监督站,设立“在职党员社区活动联系卡”",
  modality: "requirement",
  subject: "street",
  label: { zh: "社区党风监督站和在职党员联系卡", en: "party conduct station and contact cards" },
  threshold: { items: MEASURES },
  note: `Each measure lacking is named. ${SOCIAL_AREA_NOTE}`,
  appliesWhen: inPilot,
  check: (s, { threshold }) => allFieldsTrue(s, threshold.items),
});
