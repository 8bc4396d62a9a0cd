import { isTrue } from "../../src/checks/isTrue";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const unitCommunitySpace = defineRule({
  id: "dunhuang-opinions/unit-community-space",
  document: "dunhuang-opinions",
  article: "(十一)",
  quote: "对企业以外的单位型社区,由所在单位无偿为社区提供办公服务用房",
  modality: "requirement",
  subject: "community",
  label: { zh: "单位型社区由所在单位无偿提供办公服务用房", en: "a unit community's space given free by its unit" },
  threshold: { present: true },
  note: `Binds a unit community (单位型社区) of a unit other than an enterprise: whether the community is one is a field (nonEnterpriseUnitCommunity), never guessed. Added from the seed (issue 22). ${UNDATED}`,
  appliesWhen: (c) => appliesIf(field(c, "nonEnterpriseUnitCommunity"), { zh: "不是企业以外的单位型社区", en: "not a unit community of a non-enterprise unit" }),
  check: (c) => isTrue(field(c, "unitProvidesSpace")),
});
