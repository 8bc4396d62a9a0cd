import { withinRange } from "../../src/checks/withinRange";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Bilingual } from "../../src/types";

const QUOTE = "社区居委会由5—9人组成,设主任1名,副主任1—2名";

/** Art. 17's three sizes, as the article states them: one rule each. */
const SIZES: readonly { id: string; key: "members" | "directors" | "deputyDirectors"; min: number; max: number; label: Bilingual }[] = [
  { id: "longgang-2005/residents-committee-members", key: "members", min: 5, max: 9, label: { zh: "社区居委会成员人数", en: "residents committee members" } },
  { id: "longgang-2005/residents-committee-director", key: "directors", min: 1, max: 1, label: { zh: "社区居委会主任人数", en: "residents committee directors" } },
  { id: "longgang-2005/residents-committee-deputy-directors", key: "deputyDirectors", min: 1, max: 2, label: { zh: "社区居委会副主任人数", en: "residents committee deputy directors" } },
];

export const article17 = SIZES.map(({ id, key, min, max, label }) =>
  defineRule({
    id,
    document: "longgang-2005",
    article: "第十七条",
    quote: QUOTE,
    modality: "requirement",
    subject: "community",
    label,
    threshold: { min, max },
    unit: "people",
    check: (c, { threshold }) => withinRange(field(c, `residentsCommittee.${key}`), threshold.min, threshold.max, "people"),
  }),
);
