import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const familyServicePurchase = defineRule({
  id: "guangzhou-2011/family-service-purchase",
  document: "guangzhou-2011",
  article: "6",
  quote: "家庭綜合服務中心采取政府購買的方式,引進社會組織承接服務",
  displayQuote: "家庭综合服务中心采取政府购买的方式,引进社会组织承接服务",
  modality: "requirement",
  subject: "street",
  label: { zh: "家庭综合服务中心政府购买、社会组织承接", en: "family service center run by a social organization under government purchase" },
  threshold: { present: true },
  note: "Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (s) => isTrue(field(s, "familyServiceCenterPurchased")),
});
