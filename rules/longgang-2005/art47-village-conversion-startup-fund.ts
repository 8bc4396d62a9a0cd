import { atLeast } from "../../src/checks/atLeast";
import { appliesIf, appliesIfPresent } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { NOT_VILLAGE_CONVERSION } from "./art38-village-conversion-office-space";

export const villageConversionStartupFund = defineRule({
  id: "longgang-2005/village-conversion-startup-fund",
  document: "longgang-2005",
  article: "第四十七条",
  quote: "再拨付20万元的社区建设启动资金",
  modality: "requirement",
  subject: "community",
  label: { zh: "“村改居”新设社区区财政启动资金", en: "district startup fund of a new village-conversion community" },
  threshold: { minYuan: 200000 },
  note: "区财政…再拨付20万元: the district's 200,000 yuan, on top of the city's start-up subsidy and what the street and the company bear; funding.startupFundYuan is the district's grant alone, not the sum (issue 22).",
  appliesWhen(c) {
    const conversion = appliesIfPresent("villageConversion", c.villageConversion, NOT_VILLAGE_CONVERSION);
    if (conversion !== true) return conversion;
    return appliesIf(field(c, "villageConversion.newlyEstablished"), { zh: "非新设立的“村改居”社区", en: "not newly established" });
  },
  check: (c, { threshold }) => atLeast(field(c, "funding.startupFundYuan"), threshold.minYuan, "yuan"),
});
