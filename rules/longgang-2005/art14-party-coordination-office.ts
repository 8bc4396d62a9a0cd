import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const partyCoordinationOffice = defineRule({
  id: "longgang-2005/party-coordination-office",
  document: "longgang-2005",
  article: "第十四条",
  quote: "与街道组织人事部门合署办公",
  modality: "requirement",
  subject: "street",
  label: { zh: "党建协调委员会办公室与组织人事部门合署办公", en: "coordination committee office shared with the organization and personnel department" },
  threshold: { present: true },
  note: "街道党建协调委员会设立办公室…与街道组织人事部门合署办公: the office exists and shares premises with that department. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (s) => isTrue(field(s, "partyCoordinationCommittee.officeWithPersonnelDepartment")),
});
