import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Bilingual } from "../../src/types";

/** 市、區(縣級市)黨委: one rule for the city's Party committee, one for each district's. */
const LEVELS: readonly { subject: "city" | "district"; id: string; label: Bilingual }[] = [
  { subject: "city", id: "guangzhou-2011/city-social-construction-committee", label: { zh: "市委社会建设工作委员会", en: "the city Party committee's social-construction committee" } },
  { subject: "district", id: "guangzhou-2011/district-social-construction-committee", label: { zh: "区（县级市）委社会建设工作委员会", en: "the district Party committee's social-construction committee" } },
];

export const socialConstructionCommittees = LEVELS.map(({ subject, id, label }) =>
  defineRule({
    id,
    document: "guangzhou-2011",
    article: "26",
    quote: "市、區(縣級市)黨委成立社會建設工作委員會",
    displayQuote: "市、区(县级市)党委成立社会建设工作委员会",
    modality: "requirement",
    subject,
    label,
    threshold: { present: true },
    check: (s) => isTrue(field(s as { socialConstructionCommittee?: boolean }, "socialConstructionCommittee")),
  }),
);
