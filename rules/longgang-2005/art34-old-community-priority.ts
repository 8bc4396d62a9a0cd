import { atLeast } from "../../src/checks/atLeast";
import { isTrue } from "../../src/checks/isTrue";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const oldCommunityPriority = defineRule({
  id: "longgang-2005/old-community-priority",
  document: "longgang-2005",
  article: "第三十四条",
  quote: "规划部门在审批新建房地产项目和改造项目时,应首先满足社区服务用房要求",
  modality: "requirement",
  subject: "project",
  label: { zh: "老社区项目审批首先满足社区服务用房", en: "approval serves an old community's space first" },
  threshold: { present: true },
  note: "Binds a project in an old community that has no service space or less than the standard (对尚无社区服务用房或社区服务用房未达到标准的老社区): whether it lies in one is a field (inOldCommunityLackingSpace), never guessed. Added from the seed (issue 22).",
  appliesWhen: (p) => appliesIf(field(p, "inOldCommunityLackingSpace"), { zh: "不在缺少服务用房的老社区", en: "not in an old community lacking service space" }),
  check: (p) => isTrue(field(p, "oldCommunitySpaceFirst")),
});

export const contractOfficeSpace = defineRule({
  id: "longgang-2005/contract-office-space",
  document: "longgang-2005",
  article: "第三十四条",
  quote: "发展商未按原定合同给社区居民委员会提供办公用房的,必须按合同提供足额的办公用房",
  modality: "requirement",
  subject: "project",
  label: { zh: "按原定合同足额提供居委会办公用房", en: "the committee's office space as contracted" },
  threshold: { asContracted: true },
  note: "Binds a built estate whose contract promised the residents committee office space: the area contracted (contractOfficeSpaceM2) is the floor for the area provided (contractOfficeSpaceProvidedM2). An estate with no such contract (过去没有合同约定的) is settled by negotiation instead and is not bound. Added from the seed (issue 22).",
  appliesWhen: (p) => appliesIf(field(p, "officeSpaceContracted"), { zh: "无原定合同约定办公用房", en: "no contract for office space" }),
  check: (p) => atLeast(field(p, "contractOfficeSpaceProvidedM2"), field(p, "contractOfficeSpaceM2"), "m2"),
});
