import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const activityFundingByResidents = defineRule({
  id: "guangzhou-2011/activity-funding-by-residents",
  document: "guangzhou-2011",
  article: "24",
  quote: "以常住人口數量為基準設立社區活動經費",
  displayQuote: "以常住人口数量为基准设立社区活动经费",
  modality: "requirement",
  subject: "community",
  label: { zh: "按常住人口设立社区活动经费", en: "activity funds set by resident population" },
  threshold: { present: true },
  note: "The clause names the basis (常住人口, residents including migrants) but no amount per head: a yes/no field records whether the community's activity funds are set on that basis. Added from the seed (issue 22).",
  check: (c) => isTrue(field(c, "activityFundingByResidents")),
});
