import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const coordinationGroup = defineRule({
  id: "longgang-2005/coordination-group",
  document: "longgang-2005",
  article: "第十条",
  quote: "各街道建立社区建设工作议事协调小组",
  modality: "requirement",
  subject: "street",
  label: { zh: "街道社区建设工作议事协调小组", en: "the street's community-building coordination group" },
  threshold: { present: true },
  check: (s) => isTrue(field(s, "communityBuildingCoordinationGroup")),
});
