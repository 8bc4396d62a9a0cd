import { allTrue } from "../../src/checks/allTrue";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";

export const partyOrganizationThreeHaves = defineRule({
  id: "guangzhou-2011/party-organization-three-haves",
  document: "guangzhou-2011",
  article: "25",
  quote: "確保社區黨組織有專職工作人員、有辦公場所、有活動經費",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区党组织“三有”", en: "the party organization's staff, office and funds" },
  threshold: { all: 3 },
  check: (c) =>
    allTrue([
      [field(c, "partyOrganization.hasFullTimeStaff"), { zh: "专职工作人员", en: "full-time staff" }],
      [field(c, "partyOrganization.hasOffice"), { zh: "办公场所", en: "an office" }],
      [field(c, "partyOrganization.hasActivityFunds"), { zh: "活动经费", en: "activity funds" }],
    ]),
});
