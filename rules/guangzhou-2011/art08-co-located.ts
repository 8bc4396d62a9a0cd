import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const committeeStationCoLocated = defineRule({
  id: "guangzhou-2011/committee-station-co-located",
  document: "guangzhou-2011",
  article: "8",
  quote: "社區居委會、社區服務站分工協助、交叉任職、合署辦公",
  displayQuote: "社区居委会、社区服务站分工协助、交叉任职、合署办公",
  modality: "requirement",
  subject: "community",
  label: { zh: "居委会与服务站分工协助、交叉任职、合署办公", en: "committee and service station share work, posts and premises" },
  threshold: { present: true },
  note: "建立…的社区治理结构: one yes/no for the three together. Added from the seed (issue 22).",
  check: (c) => isTrue(field(c, "committeeStationCoLocated")),
});
