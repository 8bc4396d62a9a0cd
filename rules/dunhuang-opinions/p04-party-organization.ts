import { oneOf } from "../../src/checks/oneOf";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";
import { OWN_PARTY_ORGANIZATION_FORMS } from "../../src/schema/values";
import { UNDATED } from "./document";

export const partyOrganizationPerCommunity = defineRule({
  id: "dunhuang-opinions/party-organization-per-community",
  document: "dunhuang-opinions",
  article: "(四)",
  quote: "按照“一社区一支部”(总支、支部)设置社区党的组织",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区党组织（一社区一支部）", en: "a party organization for the community" },
  threshold: { forms: OWN_PARTY_ORGANIZATION_FORMS },
  note: UNDATED,
  check: (c, { threshold }) => oneOf(field(c, "partyOrganization.form"), threshold.forms),
});
