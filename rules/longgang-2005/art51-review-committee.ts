import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const reviewCommittee = defineRule({
  id: "longgang-2005/review-committee",
  document: "longgang-2005",
  article: "第五十一条",
  quote: "由社区居民和驻区单位代表参加的考评委员会",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区考评委员会（居民和驻区单位代表参加）", en: "review committee of residents and local units" },
  threshold: { present: true },
  note: "街道办事处指导各社区成立…考评委员会: each community has one. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (c) => isTrue(field(c, "reviewCommittee")),
});
