import { atLeast } from "../../src/checks/atLeast";
import { appliesIfPresent } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const NOT_VILLAGE_CONVERSION = { zh: "非“村改居”社区", en: "not a village-conversion (村改居) community" };

export const villageConversionOfficeSpace = defineRule({
  id: "longgang-2005/village-conversion-office-space",
  document: "longgang-2005",
  article: "第三十八条",
  quote: "提供350平方米以上的用房给“村改居”后的社区居委会和社区工作站使用",
  modality: "requirement",
  subject: "community",
  label: { zh: "股份合作公司提供的办公用房", en: "office space provided by the shareholding company" },
  threshold: { minM2: 350 },
  appliesWhen: (c) => appliesIfPresent("villageConversion", c.villageConversion, NOT_VILLAGE_CONVERSION),
  check: (c, { threshold }) => atLeast(field(c, "villageConversion.officeSpaceProvidedM2"), threshold.minM2, "m2"),
});
