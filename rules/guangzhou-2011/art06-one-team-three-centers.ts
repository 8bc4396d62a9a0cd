import { allTrue } from "../../src/checks/allTrue";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";

export const oneTeamThreeCenters = defineRule({
  id: "guangzhou-2011/one-team-three-centers",
  document: "guangzhou-2011",
  article: "6",
  quote: "街道“一隊三中心”組建及人員整合工作最遲在2012年上半年內全部完成",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道“一队三中心”", en: "the street's one team and three centers" },
  threshold: { all: 4 },
  // 最遲在2012年上半年內: by 2012-06-30 (spec section 1).
  due: "2012-06-30",
  check: (s) =>
    allTrue([
      [field(s, "oneTeamThreeCenters.governmentServiceCenter"), { zh: "政务服务中心", en: "government service center" }],
      [field(s, "oneTeamThreeCenters.governanceCenter"), { zh: "综治信访维稳中心", en: "governance and stability center" }],
      [field(s, "oneTeamThreeCenters.familyServiceCenter"), { zh: "家庭综合服务中心", en: "family service center" }],
      [field(s, "oneTeamThreeCenters.lawEnforcementTeam"), { zh: "综合执法队", en: "law enforcement team" }],
    ]),
});
