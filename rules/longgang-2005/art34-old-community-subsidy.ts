import { atLeast } from "../../src/checks/atLeast";
import { owed } from "../../src/checks/owed";
import type { Input } from "../../src/measure/field";
import type { Applicability } from "../../src/rule/rule";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

const NEITHER = { zh: "既非无服务用房的老社区，也非欠发达无商品房开发的社区", en: "neither an old community without service space nor an underdeveloped one without housing development" };

/** In either group of art. 34: yes if either is, no if both are known not to be, else the unknown ones are missing. */
function eitherGroup(...groups: Input<boolean>[]): Applicability {
  if (groups.some((g) => g.value === true)) return true;
  const unknown = groups.filter((g) => g.value === undefined).map((g) => g.path);
  return unknown.length === 0 ? { reason: NEITHER } : { missing: unknown };
}

export const oldCommunitySubsidy = defineRule({
  id: "longgang-2005/old-community-subsidy",
  document: "longgang-2005",
  article: "第三十四条",
  quote: "由区财政按规定补贴150万元,街道办事处和社区股份公司按比例出资",
  modality: "requirement",
  subject: "community",
  label: { zh: "老社区服务用房区财政补贴", en: "district subsidy for an old community's service space" },
  threshold: { subsidyYuan: 1500000 },
  note: "Two groups of communities (对…的老社区,…的社区,由区财政按规定补贴150万元): an old community with no service space and no room to develop it (oldCommunityWithoutSpace), and an underdeveloped community without housing development or barred from it (underdevelopedWithoutHousing, issue 22). Either makes it apply; a community known to be neither is not bound, and one of unknown standing in either group is insufficient data. Until a grant is recorded the subsidy owed is reported.",
  appliesWhen: (c) => eitherGroup(field(c, "oldCommunityWithoutSpace"), field(c, "underdevelopedWithoutHousing")),
  check(c, { threshold }) {
    const granted = field(c, "funding.oldCommunitySubsidyYuan");
    if (granted.value !== undefined) return atLeast(granted, threshold.subsidyYuan, "yuan");
    const amount = threshold.subsidyYuan.toFixed(2);
    return owed(amount, { zh: `符合条件，应补贴 ${amount} 元`, en: `eligible for a subsidy of ${amount} yuan` });
  },
});
