import { appliesIf } from "../../src/rule/applicability";
import { withinRange } from "../../src/checks/withinRange";
import { oneOf } from "../../src/checks/oneOf";
import { field } from "../../src/measure/field";
import { missing, notApplicable } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import type { Community } from "../../src/schema/community";
import type { Bilingual } from "../../src/types";

const EXCEPTION: Bilingual = {
  zh: "不具备设立社区党总支条件，社区党组织与股份合作公司党组织暂不分设（第十二条）",
  en: "lacks the conditions for a general branch: the party organization is not yet split from the company's (art. 12)",
};

const SIZES_QUOTE = "社区党组织一般设委员3—7名,设书记1名,副书记1—2名";

/** The committee sizes only concern a community that has a party organization. */
const hasPartyOrganization = (c: Community) =>
  appliesIf({ path: "partyOrganization.form", value: c.partyOrganization?.form === undefined ? undefined : c.partyOrganization.form !== "none" }, {
    zh: "社区未建立党组织",
    en: "the community has no party organization",
  });

export const partyOrganizationForm = defineRule({
  id: "longgang-2005/party-organization-form",
  document: "longgang-2005",
  article: "第十二条",
  quote: "凡有正式党员(指组织关系在社区居委会辖区内的党员)3人以上的居民社区,都应建立社区党支部;党员50人以上的,建立社区党总支",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区党组织形式", en: "form of the community party organization" },
  // 3人以上 … 应建立社区党支部; 50人以上 … 建立社区党总支 (a general branch also satisfies the first).
  threshold: {
    branchFrom: 3,
    generalBranchFrom: 50,
    branchForms: ["branch", "general-branch"] as ("branch" | "general-branch")[],
    generalBranchForms: ["general-branch"] as "general-branch"[],
    // 不具备设立社区党总支条件的,社区党组织与股份合作公司党组织暂不分设: one organization, not yet split.
    withoutGeneralBranchConditionsForms: ["branch", "general-branch", "joint-branch"] as ("branch" | "general-branch" | "joint-branch")[],
  },
  note: "A joint branch shared with other communities is not the community's own branch; with fewer than 3 members the clause asks nothing. From 50 members, a community that records it lacks the conditions for a general branch (partyOrganization.lacksGeneralBranchConditions) keeps its branch, or one joint with the company's, for now (暂不分设).",
  check(c, { threshold }) {
    const members = field(c, "partyMembers");
    if (members.value === undefined) return missing([members.path]);
    if (members.value < threshold.branchFrom) return notApplicable({ zh: `正式党员不足${threshold.branchFrom}人`, en: `fewer than ${threshold.branchFrom} formal party members` });
    const form = field(c, "partyOrganization.form");
    if (members.value < threshold.generalBranchFrom) return oneOf(form, threshold.branchForms);
    if (c.partyOrganization?.lacksGeneralBranchConditions !== true) return oneOf(form, threshold.generalBranchForms);
    const excepted = oneOf(form, threshold.withoutGeneralBranchConditionsForms);
    return excepted.kind === "measured" ? { ...excepted, detail: EXCEPTION } : excepted;
  },
});

/** The three committee sizes of art. 12 (一般: guidance), one rule each. */
const SIZES: readonly { id: string; key: "committeeMembers" | "secretaries" | "deputySecretaries"; min: number; max: number; label: Bilingual }[] = [
  { id: "longgang-2005/party-committee-members", key: "committeeMembers", min: 3, max: 7, label: { zh: "社区党组织委员人数", en: "party committee members" } },
  { id: "longgang-2005/party-secretary", key: "secretaries", min: 1, max: 1, label: { zh: "社区党组织书记人数", en: "party secretaries" } },
  { id: "longgang-2005/party-deputy-secretaries", key: "deputySecretaries", min: 1, max: 2, label: { zh: "社区党组织副书记人数", en: "party deputy secretaries" } },
];

export const committeeSizes = SIZES.map(({ id, key, min, max, label }) =>
  defineRule({
    id,
    document: "longgang-2005",
    article: "第十二条",
    quote: SIZES_QUOTE,
    modality: "guidance",
    subject: "community",
    label,
    threshold: { min, max },
    unit: "people",
    appliesWhen: hasPartyOrganization,
    check: (c, { threshold }) => withinRange(field(c, `partyOrganization.${key}`), threshold.min, threshold.max, "people"),
  }),
);
