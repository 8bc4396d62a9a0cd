import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const buildingPartyBranches = defineRule({
  id: "dunhuang-opinions/building-party-branches",
  document: "dunhuang-opinions",
  article: "(四)",
  quote: "建立楼院党支部和单元党小组",
  modality: "requirement",
  subject: "community",
  label: { zh: "楼院党支部和单元党小组", en: "party branches by building compound, groups by stairwell" },
  threshold: { present: true },
  note: `Added from the seed (issue 22): a yes/no field records whether it is done. ${UNDATED}`,
  check: (c) => isTrue(field(c, "buildingPartyBranches")),
});
