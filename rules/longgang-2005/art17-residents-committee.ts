import { withinRange } from "../../src/checks/withinRange";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";

const QUOTE = "社区居委会由5—9人组成,设主任1名,副主任1—2名";

export const residentsCommitteeMembers = defineRule({
  id: "longgang-2005/residents-committee-members",
  document: "longgang-2005",
  article: "第十七条",
  quote: QUOTE,
  modality: "requirement",
  subject: "community",
  label: { zh: "社区居委会成员人数", en: "residents committee members" },
  threshold: { min: 5, max: 9 },
  check: (c, { threshold }) => withinRange(field(c, "residentsCommittee.members"), threshold.min, threshold.max, "people"),
});

export const residentsCommitteeDirector = defineRule({
  id: "longgang-2005/residents-committee-director",
  document: "longgang-2005",
  article: "第十七条",
  quote: QUOTE,
  modality: "requirement",
  subject: "community",
  label: { zh: "社区居委会主任人数", en: "residents committee directors" },
  threshold: { min: 1, max: 1 },
  check: (c, { threshold }) => withinRange(field(c, "residentsCommittee.directors"), threshold.min, threshold.max, "people"),
});

export const residentsCommitteeDeputyDirectors = defineRule({
  id: "longgang-2005/residents-committee-deputy-directors",
  document: "longgang-2005",
  article: "第十七条",
  quote: QUOTE,
  modality: "requirement",
  subject: "community",
  label: { zh: "社区居委会副主任人数", en: "residents committee deputy directors" },
  threshold: { min: 1, max: 2 },
  check: (c, { threshold }) => withinRange(field(c, "residentsCommittee.deputyDirectors"), threshold.min, threshold.max, "people"),
});
