import { atLeast } from "../../src/checks/atLeast";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { appliesIf } from "../../src/engine/applicability";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";
import { NOT_A_PILOT } from "./document";

const ARTICLE = "三(三)2";

/** 试点街要按每1000人10平方米: behind `requiredStreetServiceCenterArea`. */
export const STREET_CENTER_RATE = { areaM2: 10, perPeople: 1000 };

export const districtServiceCenterArea = defineRule({
  id: "guangzhou-2000/district-service-center-area",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: "试点区要建设一座1000平方米左右的综合性、多功能的社区综合服务中心",
  modality: "requirement",
  subject: "district",
  label: { zh: "试点区社区综合服务中心面积", en: "pilot district's community service center area" },
  threshold: { minM2: 1000 },
  approximate: true,
  note: "1000平方米左右: an approximate figure; a smaller center is reported as short of it.",
  appliesWhen: (d) => appliesIf(field(d, "pilot"), NOT_A_PILOT),
  check: (d, { threshold }) => atLeast(field(d, "serviceCenterAreaM2"), threshold.minM2, "m2"),
});

export const streetServiceCenterArea = defineRule({
  id: "guangzhou-2000/street-service-center-area",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: "试点街要按每1000人10平方米的标准配置社区服务中心",
  modality: "requirement",
  subject: "street",
  label: { zh: "试点街社区服务中心面积", en: "pilot street's community service center area" },
  threshold: { numerator: STREET_CENTER_RATE.areaM2, denominator: STREET_CENTER_RATE.perPeople },
  appliesWhen: (s) => appliesIf(field(s, "pilot"), NOT_A_PILOT),
  check: (s, { threshold }) => rateAtLeast(field(s, "serviceCenterAreaM2"), field(s, "population"), threshold, "m2"),
});

export const elderlyBeds10Per1000 = defineRule({
  id: "guangzhou-2000/elderly-beds-10-per-1000",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: "床位数达到每1000名老人10张左右的养老服务机构",
  modality: "target",
  subject: "street",
  label: { zh: "养老服务机构床位（2000年试点街标准）", en: "elderly care beds (2000 pilot-street figure)" },
  threshold: { numerator: 10, denominator: 1000 },
  approximate: true,
  note: "For pilot streets (有条件的试点街); 10张左右 is approximate. guangzhou-2011 later asks 30 per 1000 city-wide by 2015: both are reported.",
  appliesWhen: (s) => appliesIf(field(s, "pilot"), NOT_A_PILOT),
  check: (s, { threshold }) => rateAtLeast(field(s, "elderlyCareBeds"), field(s, "elderlyPopulation"), threshold, "beds"),
});
