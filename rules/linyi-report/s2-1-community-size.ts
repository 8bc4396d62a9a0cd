import { withinRange } from "../../src/checks/withinRange";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const communitySizeHouseholds = defineRule({
  id: "linyi-report/community-size-households",
  document: "linyi-report",
  article: "二、一",
  quote: "具体以临发[2001]26号文规定的1000~3000户为指导性指标",
  modality: "guidance",
  subject: "community",
  label: { zh: "社区规模（户数）", en: "community size (households)" },
  threshold: { min: 1000, max: 3000 },
  unit: "households",
  note: `指导性指标: guidance, not a binding rule. ${UNDATED}`,
  check: (c, { threshold }) => withinRange(field(c, "households"), threshold.min, threshold.max, "households"),
});
