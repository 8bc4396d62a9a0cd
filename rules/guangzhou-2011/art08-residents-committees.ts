import { isTrue } from "../../src/checks/isTrue";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { BY_2015 } from "./document";

export const directElectionRatio = defineRule({
  id: "guangzhou-2011/direct-election-ratio",
  document: "guangzhou-2011",
  article: "8",
  quote: "到2015年,社區居民委員會直選比例達到50%",
  displayQuote: "到2015年,社区居民委员会直选比例达到50%",
  modality: "target",
  subject: "city",
  label: { zh: "直选产生的居委会", en: "directly elected residents committees" },
  threshold: { numerator: 50, denominator: 100 },
  due: BY_2015,
  check: (c, { threshold }) => rateAtLeast(field(c, "directlyElectedCommittees"), field(c, "residentsCommittees"), threshold, "count"),
});

export const serviceStationPerCommittee = defineRule({
  id: "guangzhou-2011/service-station-per-committee",
  document: "guangzhou-2011",
  article: "8",
  quote: "采取“一居一站”模式規范建立社區服務站",
  displayQuote: "采取“一居一站”模式规范建立社区服务站",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区服务站（一居一站）", en: "community service station (one per committee)" },
  threshold: { present: true },
  check: (c) => isTrue(field(c, "serviceStation")),
});
