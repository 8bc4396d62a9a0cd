import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { BY_2015 } from "./document";

export const generalPractitioners2Per10000 = defineRule({
  id: "guangzhou-2011/general-practitioners-2-per-10000",
  document: "guangzhou-2011",
  article: "12",
  quote: "實現社區每萬名居民有2名合格的全科醫生",
  displayQuote: "实现社区每万名居民有2名合格的全科医生",
  modality: "target",
  subject: "community",
  label: { zh: "合格全科医生", en: "qualified general practitioners" },
  threshold: { numerator: 2, denominator: 10000 },
  due: BY_2015,
  note: "社区每万名居民有2名: read per community, on its own residents, and rounded up to whole doctors (a community of 5,001 needs 2: 5,001 × 2 / 10,000 = 1.0002, so 2); the text could also be read as a city-wide average, which the catalogue does not ask for (issue 22).",
  check: (c, { threshold }) => rateAtLeast(field(c, "generalPractitioners"), field(c, "population"), threshold, "people"),
});

export const elderlyBeds30Per1000 = defineRule({
  id: "guangzhou-2011/elderly-beds-30-per-1000",
  document: "guangzhou-2011",
  article: "12",
  quote: "到2015年每千名老人擁有養老床位不少于30張",
  displayQuote: "到2015年每千名老人拥有养老床位不少于30张",
  modality: "target",
  subject: "city",
  label: { zh: "养老床位（2011年全市标准）", en: "elderly care beds (2011 city-wide figure)" },
  threshold: { numerator: 30, denominator: 1000 },
  due: BY_2015,
  note: "City-wide, by 2015; guangzhou-2000's 10 per 1000 for pilot streets is reported alongside.",
  check: (c, { threshold }) => rateAtLeast(field(c, "elderlyCareBeds"), field(c, "elderlyPopulation"), threshold, "beds"),
});
