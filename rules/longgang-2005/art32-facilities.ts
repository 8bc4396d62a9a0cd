import { atLeast } from "../../src/checks/atLeast";
import { isTrue } from "../../src/checks/isTrue";
import { areaServing } from "../../src/rule/areaServing";
import { field } from "../../src/measure/field";
import { defineRule, type Rule } from "../../src/rule/rule";
import type { RoomFunction } from "../../src/schema/community";
import type { Bilingual } from "../../src/types";

const ARTICLE = "第三十二条";
// 到2010年以前 … 应达到如下标准: due by the end of 2010 (spec section 1).
const DUE = "2010-12-31";

/** Art. 32's nine minimum areas, in the article's order: the law as a table. */
export const MINIMUM_AREAS: readonly { fn: RoomFunction; minM2: number; quote: string; label: Bilingual }[] = [
  { fn: "office", minM2: 200, quote: "社区居委会和社区工作站办公用房200平方米以上", label: { zh: "居委会和工作站办公用房面积", en: "committee and work station office area" } },
  { fn: "party-activity", minM2: 100, quote: "党员活动室(含工、青、妇、民兵组织办公活动会议室等功能)100平方米以上", label: { zh: "党员活动室面积", en: "party members' activity room area" } },
  { fn: "police", minM2: 50, quote: "社区警务室50平方米以上", label: { zh: "社区警务室面积", en: "community police office area" } },
  { fn: "stability-governance", minM2: 30, quote: "社区维稳和综治办公室30平方米以上", label: { zh: "维稳和综治办公室面积", en: "stability and governance office area" } },
  { fn: "mediation", minM2: 30, quote: "人民调解室30平方米以上", label: { zh: "人民调解室面积", en: "people's mediation room area" } },
  { fn: "elderly-home", minM2: 200, quote: "星光老年之家(含电教室、文体活动室功能)200平方米以上", label: { zh: "星光老年之家面积", en: "Starlight elderly home area" } },
  { fn: "health-center", minM2: 400, quote: "社区健康服务中心(含计划生育技术服务功能、残疾人康复功能)400平方米以上", label: { zh: "社区健康服务中心面积", en: "community health service center area" } },
  { fn: "library", minM2: 100, quote: "社区图书室100平方米以上", label: { zh: "社区图书室面积", en: "community library area" } },
  { fn: "outdoor-plaza", minM2: 1000, quote: "户外文体广场1000平方米以上", label: { zh: "户外文体广场面积", en: "outdoor culture and sports plaza area" } },
];

const SHARED: Bilingual = { zh: "面积含一室多用的共用房间", en: "the area includes a room shared with other functions" };

export const facilityAreas: readonly Rule<"community", { minM2: number; function: RoomFunction }>[] = MINIMUM_AREAS.map(({ fn, minM2, quote, label }) =>
  defineRule({
    id: `longgang-2005/facility-area/${fn}`,
    document: "longgang-2005",
    article: ARTICLE,
    quote,
    modality: "requirement",
    subject: "community",
    label,
    threshold: { minM2, function: fn },
    due: DUE,
    note: "One room may serve several functions (一室多用); its whole area counts toward each. A function no room lists is missing data, not 0 m².",
    check(c, { threshold }) {
      const area = areaServing(c, threshold.function);
      const outcome = atLeast(area, threshold.minM2, "m2");
      return outcome.kind === "measured" && area.shared ? { ...outcome, detail: SHARED } : outcome;
    },
  }),
);

export const oneStopServiceWindow = defineRule({
  id: "longgang-2005/one-stop-service-window",
  document: "longgang-2005",
  article: ARTICLE,
  quote: "并建设社区“一门式”服务窗口",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区“一门式”服务窗口", en: "one-stop service window" },
  threshold: { present: true },
  due: DUE,
  check: (c) => isTrue(field(c, "oneStopServiceWindow")),
});

/** Art. 32 in its own order: the office, the window built with it, then the other eight rooms. */
export const article32 = [facilityAreas[0]!, oneStopServiceWindow, ...facilityAreas.slice(1)];
