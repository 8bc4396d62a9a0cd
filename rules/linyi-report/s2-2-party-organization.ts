import { oneOf } from "../../src/checks/oneOf";
import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { OWN_PARTY_ORGANIZATION_FORMS } from "../../src/schema/values";
import { UNDATED } from "./document";

export const partyBranchPerCommunity = defineRule({
  id: "linyi-report/party-branch-per-community",
  document: "linyi-report",
  article: "二、二",
  quote: '确保省委提出的"一居一支部"目标的实现',
  modality: "target",
  subject: "community",
  label: { zh: "社区党支部（一居一支部）", en: "a party branch for the community" },
  threshold: { forms: OWN_PARTY_ORGANIZATION_FORMS },
  note: `一居一支部: a branch or a general branch of the community's own. A joint branch (联合党支部) shared with other communities is not the community's own organization, read so in every document (Longgang art. 12 alike; issue 22). The provincial committee's target (省委提出的…目标), which the report quotes: kept a target. ${UNDATED}`,
  check: (c, { threshold }) => oneOf(field(c, "partyOrganization.form"), threshold.forms),
});

export const secretaryHeadsResidentsCommittee = defineRule({
  id: "linyi-report/secretary-heads-residents-committee",
  document: "linyi-report",
  article: "二、二",
  quote: '提倡和推行社区党组织书记和社区居委会主任"一人兼"',
  modality: "guidance",
  subject: "community",
  label: { zh: "党组织书记与居委会主任“一人兼”", en: "one person as party secretary and committee director" },
  threshold: { samePerson: true },
  note: `提倡: guidance. ${UNDATED}`,
  check: (c) => isTrue(field(c, "residentsCommittee.directorIsPartySecretary")),
});
