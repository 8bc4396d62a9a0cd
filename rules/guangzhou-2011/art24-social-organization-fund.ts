import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const socialOrganizationFund = defineRule({
  id: "guangzhou-2011/social-organization-fund",
  document: "guangzhou-2011",
  article: "24",
  quote: "建立扶持社會組織發展專項資金",
  displayQuote: "建立扶持社会组织发展专项资金",
  modality: "requirement",
  subject: "city",
  label: { zh: "扶持社会组织发展专项资金", en: "special fund supporting social organizations" },
  threshold: { present: true },
  note: "Asked of the city. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (s) => isTrue(field(s, "socialOrganizationFund")),
});
