import { isWholeFen } from "../../src/arithmetic/isWholeFen";
import { toExact } from "../../src/arithmetic/toExact";
import { splitWorkStationFunding } from "../../src/calculators/splitWorkStationFunding";
import { appliesIf } from "../../src/rule/applicability";
import { field, missingOf } from "../../src/measure/field";
import { missing } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import { inTransition } from "./document";

const PARTIES = [
  { key: "districtYuan", zh: "区", en: "district" },
  { key: "streetYuan", zh: "街道", en: "street" },
  { key: "companyYuan", zh: "股份合作公司", en: "company" },
] as const;

export const workStationFundingThirds = defineRule({
  id: "longgang-2005/work-station-funding-thirds",
  document: "longgang-2005",
  article: "第四十四条",
  quote: "由区、街、股份合作公司按各自承担三分之一的比例承担其经费开支",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区工作站经费三方分担", en: "work station budget split in thirds" },
  threshold: { share: "1/3", toleranceYuan: "0.01" },
  note: "A share complies when it differs from one third of the total by less than 0.01 yuan (spec section 4). Applies to a community with a shareholding company, and only 在城市化过渡期内: whether the community is in the urbanization transition period is a field (urbanizationTransition), never guessed.",
  appliesWhen(c) {
    const company = appliesIf(field(c, "shareholdingCompany"), { zh: "社区无股份合作公司", en: "no shareholding company" });
    return company === true ? inTransition(c) : company;
  },
  check(c, { threshold }) {
    const total = field(c, "funding.workStation.totalYuan");
    const shares = PARTIES.map((party) => ({ party, input: field(c, `funding.workStation.${party.key}`) }));
    const absent = missingOf(total, ...shares.map((s) => s.input));
    if (absent.length > 0) return missing(absent);
    const tripled = toExact(total.value!);
    // |share − total/3| < 0.01  ⇔  |3·share − total| < 0.03, with no division at all.
    const off = shares.filter((s) => toExact(s.input.value!).times(3).minus(tripled).abs().gte(toExact(threshold.toleranceYuan).times(3)));
    const expected = isWholeFen(tripled) ? splitWorkStationFunding(total.value!).join(" / ") : tripled.div(3).toFixed(4);
    return {
      kind: "measured",
      met: off.length === 0,
      measured: shares.map((s) => toExact(s.input.value!).toFixed(2)).join(" / "),
      required: { comparison: "equals", value: expected, unit: "yuan" },
      shortfall: null,
      ...(off.length > 0 && {
        detail: { zh: `偏离三分之一：${off.map((s) => s.party.zh).join("、")}`, en: `not one third: ${off.map((s) => s.party.en).join(", ")}` },
      }),
    };
  },
});
