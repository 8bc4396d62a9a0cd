import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { oneOf } from "../../src/checks/oneOf";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Community } from "../../src/schema/community";
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
  note: `按照“一社区一支部”(总支、支部)设置: the text names exactly two forms, a general branch or a branch. A joint branch (联合党支部) shared with other communities is not the community's own organization, read so in every document (Longgang art. 12 alike; issue 22). ${UNDATED}`,
  check: (c, { threshold }) => oneOf(field(c, "partyOrganization.form"), threshold.forms),
});

const STATIONS_QUOTE = "建立健全社区流动党员服务站、社区流动党员登记站和社区在职党员联络站";

const STATIONS: readonly NamedField<Community>[] = [
  { path: "partyStations.floatingMemberService", name: { zh: "社区流动党员服务站", en: "floating party members' service station" } },
  { path: "partyStations.floatingMemberRegistration", name: { zh: "社区流动党员登记站", en: "floating party members' registration station" } },
  { path: "partyStations.employedMemberLiaison", name: { zh: "社区在职党员联络站", en: "employed party members' liaison station" } },
];

export const partyMemberStations = defineRule({
  id: "dunhuang-opinions/party-member-stations",
  document: "dunhuang-opinions",
  article: "(四)",
  quote: STATIONS_QUOTE,
  modality: "requirement",
  subject: "community",
  label: { zh: "流动党员服务站、登记站和在职党员联络站", en: "stations for floating and employed party members" },
  threshold: { items: STATIONS },
  note: `Three bodies in every community (社区…站), each named when it is lacking. ${UNDATED}`,
  check: (c, { threshold }) => allFieldsTrue(c, threshold.items),
});
