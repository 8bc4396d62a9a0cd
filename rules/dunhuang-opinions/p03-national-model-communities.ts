import { atLeast } from "../../src/checks/atLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const nationalModelCommunities = defineRule({
  id: "dunhuang-opinions/national-model-communities",
  document: "dunhuang-opinions",
  article: "(三)",
  quote: "至少有1-2个社区跨入全国建设和谐社区示范单位行列",
  modality: "target",
  subject: "city",
  label: { zh: "全国和谐社区建设示范单位", en: "national harmonious-community model units" },
  threshold: { min: 1, textRange: [1, 2] },
  unit: "count",
  note: `至少有1-2个: the range's lower end, 1, is the target. ${UNDATED}`,
  check: (c, { threshold }) => atLeast(field(c, "nationalModelCommunities"), threshold.min, "count"),
});
