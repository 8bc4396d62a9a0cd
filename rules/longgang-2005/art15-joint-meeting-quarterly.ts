import { everyPeriod } from "../../src/checks/everyPeriod";
import { calendarQuarters } from "../../src/dates/calendarQuarters";
import { yearOf } from "../../src/dates/yearOf";
import { field } from "../../src/measure/field";
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
  note: "原则上 (as a rule) makes this guidance (spec section 1), where the catalogue says requirement. Checked per calendar quarter of the as-of year; the quarter still running is pending, later quarters are not yet due, and quarters before the document came into force are skipped.",
  check(c, { threshold }, { asOf, document }) {
    const meetings = field(c, "partyOrganization.jointMeetings");
    if (meetings.value === undefined) return missing([meetings.path]);
    const quarters = calendarQuarters(asOf, document.inForce);
    const year = yearOf(asOf);
    const periods = quarters.map((q) => ({
      name: { zh: `第${q.quarter}季度`, en: `Q${q.quarter}` },
      held: meetings.value!.filter((day) => day >= q.from && day <= q.to && day <= asOf).length >= threshold.meetingsPerQuarter,
      ended: q.ended,
    }));
    return everyPeriod(periods, "quarters", { zh: `${year}年未开会的季度`, en: `${year} quarters without a meeting` });
  },
});
