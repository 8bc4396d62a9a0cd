import { gapsBelow } from "../../src/arithmetic/gapsBelow";
import { roundToFen } from "../../src/arithmetic/roundToFen";
import { toExact } from "../../src/arithmetic/toExact";
import { atLeast } from "../../src/checks/atLeast";
import { owed } from "../../src/checks/owed";
import { ENUM_LABELS } from "../../src/labels/enumLabels";
import { field } from "../../src/measure/field";
import { bareReport, figuresWanted, wordsWanted } from "../../src/measure/figures";
import { missing, notApplicable, type Outcome } from "../../src/measure/outcome";
import { areaServing } from "../../src/rule/areaServing";
import { defineRule } from "../../src/rule/rule";
import { MINIMUM_AREAS } from "./art32-facilities";

// Made afresh each time: a finding owns the reason it carries.
const nothingToBuy = () => notApplicable({ zh: "服务用房已达第三十二条标准，无需另行购置", en: "the rooms meet art. 32; nothing to buy" });

const NO_WORDS = { zh: "", en: "" };

const reaches = (outcome: Outcome) => outcome.kind === "measured" && outcome.met;

/** Art. 32's rooms (综合服务用房): every minimum but the outdoor plaza, which is no 用房. */
const ROOMS = MINIMUM_AREAS.filter(({ fn }) => fn !== "outdoor-plaza");

export const governmentPurchase = defineRule({
  id: "longgang-2005/government-purchase",
  document: "longgang-2005",
  article: "第三十六条",
  quote: "发展商按规定无偿提供的综合服务用房总量达不到本办法第三十二条标准要求的,或无法满足社区实际需要的,由政府另行购置相应的服务用房",
  modality: "requirement",
  subject: "community",
  label: { zh: "政府另行购置服务用房", en: "service space for the government to buy" },
  threshold: { managementFeePercent: 5 },
  note: "The space short of art. 32's minimums, room by room (a room serving several functions counts in full toward each, as in art. 32; the outdoor plaza is no 用房), is reported as the space the government is to buy, with its cost when the construction cost per m² is recorded: 建设成本价加5%管理费, rounded to the fen once. A community whose rooms meet art. 32 needs none. 无法满足社区实际需要 cannot be read from the data and is left to the office. Added from the seed (issue 22).",
  check(c, { threshold }) {
    const areas = ROOMS.map((room) => ({ room, area: areaServing(c, room.fn) }));
    const absent = areas.filter(({ area }) => area.value === undefined).map(({ area }) => area.path);
    if (absent.length > 0) return missing(absent);
    // Statuses only: whether any room falls short decides it, as art. 32's own check says.
    if (!figuresWanted()) return areas.every(({ room, area }) => reaches(atLeast(area, room.minM2, "m2"))) ? nothingToBuy() : bareReport();
    const gaps = gapsBelow(areas.map(({ room, area }) => [room.minM2, area.value!] as const));
    const short = areas.flatMap(({ room }, i) => (gaps.each[i] === null ? [] : [{ room, gap: gaps.each[i]! }]));
    if (short.length === 0) return nothingToBuy();
    const area = gaps.total;
    // The lean report carries the space to buy, not the words: which rooms, at what price.
    if (!wordsWanted()) return owed(area, NO_WORDS, "m2");
    const rooms = short.map(({ room, gap }) => `${ENUM_LABELS.roomFunction[room.fn].zh}差${gap}平方米`).join("、");
    const roomsEn = short.map(({ room, gap }) => `${room.fn} ${gap} m² short`).join(", ");
    const cost = field(c, "spaceConstructionCostPerM2Yuan");
    const price = cost.value === undefined ? undefined : roundToFen(gaps.exactTotal().times(toExact(cost.value)).times(100 + threshold.managementFeePercent).div(100));
    return owed(area, {
      zh: `比第三十二条标准少${area}平方米（${rooms}），应由政府另行购置${price === undefined ? "" : `，购置费${price}元（建设成本价加${threshold.managementFeePercent}%管理费）`}`,
      en: `${area} m² short of art. 32 (${roomsEn}), for the government to buy${price === undefined ? "" : `, at ${price} yuan (construction cost plus ${threshold.managementFeePercent}% management fee)`}`,
    }, "m2");
  },
});
