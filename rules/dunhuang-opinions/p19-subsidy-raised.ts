import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const citySubsidyRaised = defineRule({
  id: "dunhuang-opinions/city-subsidy-raised",
  document: "dunhuang-opinions",
  article: "(十九)",
  quote: "市级财政也要逐步提高社区工作经费补贴标准",
  modality: "target",
  subject: "city",
  label: { zh: "市级财政逐步提高社区工作经费补贴标准", en: "the city raises its community work subsidy" },
  threshold: { present: true },
  note: `逐步 (step by step) with no figure and no date: a target, a yes/no field records whether the city's subsidy standard has been raised since the opinions. Added from the seed (issue 22). ${UNDATED}`,
  check: (c) => isTrue(field(c, "workSubsidyRaised")),
});
