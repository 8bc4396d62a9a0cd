import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Community } from "../../src/schema/subject";

/** What the clause asks for, item by item. */
const THREE_HAVES: readonly NamedField<Community>[] = [
  { path: "partyOrganization.hasFullTimeStaff", name: { zh: "专职工作人员", en: "full-time staff" } },
  { path: "partyOrganization.hasOffice", name: { zh: "办公场所", en: "an office" } },
  { path: "partyOrganization.hasActivityFunds", name: { zh: "活动经费", en: "activity funds" } },
];

export const partyOrganizationThreeHaves = defineRule({
  id: "guangzhou-2011/party-organization-three-haves",
  document: "guangzhou-2011",
  article: "25",
  quote: "確保社區黨組織有專職工作人員、有辦公場所、有活動經費",
  displayQuote: "确保社区党组织有专职工作人员、有办公场所、有活动经费",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区党组织“三有”", en: "the party organization's staff, office and funds" },
  threshold: { items: THREE_HAVES },
  check: (subject, { threshold }) => allFieldsTrue(subject, threshold.items),
});
