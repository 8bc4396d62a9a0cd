import { barePeriods, everyPeriod } from "../../src/checks/everyPeriod";
import { calendarQuarters } from "../../src/dates/calendarQuarters";
import { quarterNumberOfDay } from "../../src/dates/quarterNumberOfDay";
import { field } from "../../src/measure/field";
import { figuresWanted } from "../../src/measure/figures";
import { missing } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";

export const jointMeetingQuarterly = defineRule({
  id: "longgang-2005/joint-meeting-quarterly",
  document: "longgang-2005",
  article: "第十五条",
  quote: "建立街道、社区党建工作联席会议制度,原则上每季度召开一次会议",
  modality: "guidance",
  subject: "community",
  label: { zh: "党建工作联席会议（每季度）", en: "party-building joint meetings (quarterly)" },
  threshold: { meetingsPerQuarter: 1 },
  note: "原则上 (as a rule) makes this guidance (spec section 1), where the catalogue says requirement: 原则上 qualifies the cadence (每季度召开一次): the joint-meeting system is 建立 (set up, required), how often it meets is left to the office, so a missed quarter is reported as guidance. In Guangzhou 2000 三(一)2 原则上 qualifies the unit of organization, which the notice then fixes as 一居民区一支部: there it stays a requirement (that rule's note). Checked per calendar quarter from the quarter the document came into force (2005 Q3) to the one running on the as-of day: a quarter that ended without a meeting stays reported after the new year; the quarter still running is pending.",
  check(c, { threshold }, { asOf, document }) {
    const meetings = field(c, "partyOrganization.jointMeetings");
    if (meetings.value === undefined) return missing([meetings.path]);
    const quarters = calendarQuarters(asOf, document.inForce);
    // Meetings counted by quarter once: a community of seven years of meetings asked for as many quarters.
    const held = new Map<number, number>();
    for (const day of meetings.value) {
      if (day > asOf) continue;
      const key = quarterNumberOfDay(day);
      held.set(key, (held.get(key) ?? 0) + 1);
    }
    const heldIn = (from: string) => (held.get(quarterNumberOfDay(from)) ?? 0) >= threshold.meetingsPerQuarter;
    if (!figuresWanted()) {
      // Statuses only: the quarters counted, not built.
      const lacking = quarters.filter((q) => !heldIn(q.from));
      return barePeriods(lacking.filter((q) => q.ended).length, lacking.filter((q) => !q.ended).length);
    }
    const periods = quarters.map((q) => ({
      name: () => ({ zh: `${q.year}年第${q.quarter}季度`, en: `${q.year} Q${q.quarter}` }),
      held: heldIn(q.from),
      ended: q.ended,
    }));
    return everyPeriod(periods, "quarters", { zh: "未开会的季度", en: "quarters without a meeting" });
  },
});
