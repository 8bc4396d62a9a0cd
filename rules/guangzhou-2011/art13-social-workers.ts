import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { BY_2015 } from "./document";

export const socialWorkers5Per10000 = defineRule({
  id: "guangzhou-2011/social-workers-5-per-10000",
  document: "guangzhou-2011",
  article: "13",
  quote: "到2015年,全市實現每萬人中有5名社工",
  displayQuote: "到2015年,全市实现每万人中有5名社工",
  modality: "target",
  subject: "city",
  label: { zh: "社工人数", en: "social workers" },
  threshold: { numerator: 5, denominator: 10000 },
  due: BY_2015,
  check: (c, { threshold }) => rateAtLeast(field(c, "socialWorkers"), field(c, "population"), threshold, "people"),
});
