import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/subject";
import { inPilot } from "./document";

const BODIES: readonly NamedField<Street>[] = [
  { path: "massOrganizations.tradeUnion", name: { zh: "工会", en: "trade union" } },
  { path: "massOrganizations.youthLeague", name: { zh: "共青团", en: "Youth League" } },
  { path: "massOrganizations.womensOrganization", name: { zh: "妇女组织", en: "women's organization" } },
];

export const massOrganizations = defineRule({
  id: "guangzhou-2000/mass-organizations",
  document: "guangzhou-2000",
  article: "三(一)4",
  quote: "建立与社区工作相适应、与街道党工委体制相适应的工会、共青团、妇女组织",
  modality: "requirement",
  subject: "street",
  label: { zh: "工会、共青团、妇女组织", en: "trade union, Youth League and women's organization" },
  threshold: { items: BODIES },
  note: "与街道党工委体制相适应: organized at the street, beside its 党工委. Each body lacking is named. Added from the seed (issue 22).",
  appliesWhen: inPilot,
  check: (s, { threshold }) => allFieldsTrue(s, threshold.items),
});
