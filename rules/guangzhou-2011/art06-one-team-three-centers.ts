import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/subject";

/** What the clause asks for, item by item. */
const ONE_TEAM_THREE_CENTERS: readonly NamedField<Street>[] = [
  { path: "oneTeamThreeCenters.governmentServiceCenter", name: { zh: "政务服务中心", en: "government service center" } },
  { path: "oneTeamThreeCenters.governanceCenter", name: { zh: "综治信访维稳中心", en: "governance and stability center" } },
  { path: "oneTeamThreeCenters.familyServiceCenter", name: { zh: "家庭综合服务中心", en: "family service center" } },
  { path: "oneTeamThreeCenters.lawEnforcementTeam", name: { zh: "综合执法队", en: "law enforcement team" } },
];

export const oneTeamThreeCenters = defineRule({
  id: "guangzhou-2011/one-team-three-centers",
  document: "guangzhou-2011",
  article: "6",
  quote: "街道“一隊三中心”組建及人員整合工作最遲在2012年上半年內全部完成",
  displayQuote: "街道“一队三中心”组建及人员整合工作最迟在2012年上半年内全部完成",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道“一队三中心”", en: "the street's one team and three centers" },
  threshold: { items: ONE_TEAM_THREE_CENTERS },
  // 最遲在2012年上半年內: by 2012-06-30 (spec section 1).
  due: "2012-06-30",
  check: (subject, { threshold }) => allFieldsTrue(subject, threshold.items),
});
