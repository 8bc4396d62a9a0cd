import { atLeast } from "../../src/checks/atLeast";
import { field } from "../../src/measure/field";
import { missing } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

const ARTICLE = "(六)";

export const civilOrganizationsGeneral = defineRule({
  id: "dunhuang-opinions/civil-organizations-general",
  document: "dunhuang-opinions",
  article: ARTICLE,
  quote: "确保每个社区有两个以上群众文化文体、社区服务、维护权益、捐赠类社区民间组织",
  modality: "requirement",
  subject: "community",
  label: { zh: "文体、服务、维权、捐赠类社区民间组织", en: "culture, service, rights and donation civil organizations" },
  threshold: { min: 2, categories: ["culture-sports", "service", "rights", "donation"] },
  unit: "count",
  note: UNDATED,
  check(c, { threshold }) {
    const organizations = field(c, "civilOrganizations");
    const counted = organizations.value?.filter((o) => threshold.categories.includes(o.category)).length;
    return atLeast({ path: organizations.path, value: counted }, threshold.min, "count");
  },
});

export const civilOrganizationsProfessional = defineRule({
  id: "dunhuang-opinions/civil-organizations-professional",
  document: "dunhuang-opinions",
  article: ARTICLE,
  quote: "一个以上能较好地承接政府社会事务的专业性社区民间组织",
  modality: "requirement",
  subject: "community",
  label: { zh: "承接政府社会事务的专业性社区民间组织", en: "professional civil organizations taking on government affairs" },
  threshold: { min: 1 },
  unit: "count",
  note: `Counts professional organizations that take on government social affairs; where that is unrecorded and none is known to, the data is insufficient. ${UNDATED}`,
  check(c, { threshold }) {
    const organizations = field(c, "civilOrganizations");
    if (organizations.value === undefined) return missing([organizations.path]);
    const professional = organizations.value.map((o, i) => ({ o, i })).filter(({ o }) => o.category === "professional");
    const counted = professional.filter(({ o }) => o.takesOnGovernmentAffairs === true).length;
    const unknown = professional.filter(({ o }) => o.takesOnGovernmentAffairs === undefined);
    if (counted < threshold.min && unknown.length > 0) return missing(unknown.map(({ i }) => `civilOrganizations[${i}].takesOnGovernmentAffairs`));
    return atLeast({ path: organizations.path, value: counted }, threshold.min, "count");
  },
});
