import { atLeast } from "../../src/checks/atLeast";
import { owed } from "../../src/checks/owed";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const oldCommunitySubsidy = defineRule({
  id: "longgang-2005/old-community-subsidy",
  document: "longgang-2005",
  article: "第三十四条",
  quote: "由区财政按规定补贴150万元,街道办事处和社区股份公司按比例出资",
  modality: "requirement",
  subject: "community",
  label: { zh: "老社区服务用房区财政补贴", en: "district subsidy for an old community's service space" },
  threshold: { subsidyYuan: 1500000 },
  note: "Applies to an old community with no service space and no room or development to provide it; until a grant is recorded the subsidy owed is reported.",
  appliesWhen: (c) => appliesIf(field(c, "oldCommunityWithoutSpace"), { zh: "非无服务用房的老社区", en: "not an old community without service space" }),
  check(c, { threshold }) {
    const granted = field(c, "funding.oldCommunitySubsidyYuan");
    if (granted.value !== undefined) return atLeast(granted, threshold.subsidyYuan, "yuan");
    const amount = threshold.subsidyYuan.toFixed(2);
    return owed(amount, { zh: `符合条件，应补贴 ${amount} 元`, en: `eligible for a subsidy of ${amount} yuan` });
  },
});
