import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { TWO_YEARS_FROM_ISSUE, inPilot } from "./document";

export const volunteers3Percent = defineRule({
  id: "guangzhou-2000/volunteers-3-percent",
  document: "guangzhou-2000",
  article: "三(三)1",
  quote: "用1至2年的时间,使志愿者队伍的人数达到居民区人口数的3%左右",
  modality: "target",
  subject: "community",
  label: { zh: "志愿者队伍人数", en: "volunteer team size" },
  threshold: { numerator: 3, denominator: 100 },
  due: TWO_YEARS_FROM_ISSUE,
  approximate: true,
  note: "3%左右 is an approximate target: falling below 3% is reported as a shortfall from an approximate figure. 用1至2年的时间 from 2000-11-23: due 2002-11-23.",
  appliesWhen: inPilot,
  check: (c, { threshold }) => rateAtLeast(field(c, "volunteers"), field(c, "population"), threshold, "people"),
});
