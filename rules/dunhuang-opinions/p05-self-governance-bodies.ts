import { allFieldsTrue } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const selfGovernanceBodies = defineRule({
  id: "dunhuang-opinions/self-governance-bodies",
  document: "dunhuang-opinions",
  article: "(五)",
  quote: "建立健全社区居民(成员)代表会议、社区居民委员会、社区协商议事会",
  modality: "requirement",
  subject: "community",
  label: { zh: "居民代表会议和协商议事会", en: "representative assembly and consultative council" },
  threshold: { items: [{ path: "representativeAssembly", name: { zh: "社区居民(成员)代表会议", en: "representative assembly" } }, { path: "consultativeCouncil", name: { zh: "社区协商议事会", en: "consultative council" } }] as const },
  note: `Three bodies; the residents committee itself is the subject's own (its members and elections are recorded and checked elsewhere), so the two others are asked, each named when lacking. Added from the seed (issue 22). ${UNDATED}`,
  check: (c, { threshold }) => allFieldsTrue(c, threshold.items),
});
