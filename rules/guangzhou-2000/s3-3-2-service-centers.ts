import { atLeast } from "../../src/checks/atLeast";
import { isTrue } from "../../src/checks/isTrue";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { inPilot, isPilotStreet, PILOT_STREET_NOTE } from "./document";
import { STREET_CENTER_RATE } from "../../src/calculators/streetCenterRate";

const ARTICLE = "三(三)2";

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
  note: "1000平方米左右: an approximate figure; a smaller center is reported as short of it. Binds the pilot district (试点区: 东山区) by its own pilot flag.",
  appliesWhen: inPilot,
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
  note: PILOT_STREET_NOTE,
  appliesWhen: isPilotStreet,
  check: (s, { threshold }) => rateAtLeast(field(s, "serviceCenterAreaM2"), field(s, "population"), threshold, "m2"),
});

/** 有条件的试点街可…: what a pilot street may build, reported and never failed. */
const MAY_BUILD = "有条件的试点街可建设一座综合性、多功能的社区福利服务中心";

export const streetWelfareServiceCenter = defineRule({
  id: "guangzhou-2000/street-welfare-service-center",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: MAY_BUILD,
  modality: "permission",
  subject: "street",
  label: { zh: "试点街社区福利服务中心（可建）", en: "pilot street's community welfare service center (may build)" },
  threshold: { present: true },
  note: `有条件的…可: a permission. Whether the street has built one is reported, never failed. ${PILOT_STREET_NOTE}`,
  appliesWhen: isPilotStreet,
  check: (s) => isTrue(field(s, "welfareServiceCenter")),
});

export const elderlyBeds10Per1000 = defineRule({
  id: "guangzhou-2000/elderly-beds-10-per-1000",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: `${MAY_BUILD},建立能满足社区居民需要的各种所有制形式的、床位数达到每1000名老人10张左右的养老服务机构`,
  modality: "permission",
  subject: "street",
  label: { zh: "养老服务机构床位（2000年试点街可建标准）", en: "elderly care beds (2000 pilot-street figure, may build)" },
  threshold: { numerator: 10, denominator: 1000 },
  approximate: true,
  note: `Governed by 有条件的试点街可 (a permission, where the catalogue says target): the beds such an institution would need, 10张左右 per 1000 elderly, are reported, never failed. guangzhou-2011 asks 30 per 1000 city-wide by 2015, as a target. ${PILOT_STREET_NOTE}`,
  appliesWhen: isPilotStreet,
  check: (s, { threshold }) => rateAtLeast(field(s, "elderlyCareBeds"), field(s, "elderlyPopulation"), threshold, "beds"),
});
