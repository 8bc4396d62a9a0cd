import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Project } from "../../src/schema/subject";

const RIGHTS: readonly NamedField<Project>[] = [
  { path: "serviceSpaceTitleToDistrict", name: { zh: "产权归区政府", en: "title with the district government" } },
  { path: "serviceSpaceUseByCommunity", name: { zh: "使用权归社区居委会和社区工作站", en: "use by the residents committee and work station" } },
];

export const serviceSpaceOwnership = defineRule({
  id: "longgang-2005/service-space-ownership",
  document: "longgang-2005",
  article: "第三十三条",
  quote: "产权归区政府所有,使用权归社区居委会和社区工作站",
  modality: "requirement",
  subject: "project",
  label: { zh: "服务用房产权归区政府、使用权归居委会和工作站", en: "the space's title and use" },
  threshold: { items: RIGHTS },
  note: "Of the space a project hands over free (建成后,由发展商无偿提供给政府): each right not so placed is named. Added from the seed (issue 22).",
  check: (p, { threshold }) => allFieldsTrue(p, threshold.items),
});
