import { calendarQuarters } from "../../src/dates/calendarQuarters";
import { yearOf } from "../../src/dates/yearOf";
import { field } from "../../src/engine/field";
import { missing } from "../../src/engine/outcome";
import { defineRule } from "../../src/engine/rule";

export const jointMeetingQuarterly = defineRule({
  id: "longgang-2005/joint-meeting-quarterly",
  document: "longgang-2005",
  article: "第十五条",
  quote: "建立街道、社区党建工作联席会议制度,原则上每季度召开一次会议",
  modality: "requirement",
  subject: "community",
  label: { zh: "党建工作联席会议（每季度）", en: "party-building joint meetings (quarterly)" },
  threshold: { meetingsPerQuarter: 1 },
  note: "Checked per calendar quarter of the as-of year; the quarter still running is pending, later quarters are not yet due, and quarters before the document came into force are skipped.",
  check(c, { threshold }, { asOf, document }) {
    const meetings = field(c, "partyOrganization.jointMeetings");
    if (meetings.value === undefined) return missing([meetings.path]);
    const quarters = calendarQuarters(asOf, document.inForce);
    const held = (q: (typeof quarters)[number]) =>
      meetings.value!.filter((day) => day >= q.from && day <= q.to && day <= asOf).length >= threshold.meetingsPerQuarter;
    const lacking = quarters.filter((q) => !held(q));
    const overdue = lacking.filter((q) => q.ended);
    const year = yearOf(asOf);
    return {
      kind: "measured",
      met: lacking.length === 0,
      notYetDue: lacking.length > 0 && overdue.length === 0,
      measured: quarters.length - lacking.length,
      required: { comparison: "every-quarter", value: quarters.length, unit: "quarters" },
      shortfall: lacking.length === 0 ? null : lacking.length,
      ...(lacking.length > 0 && {
        detail: {
          zh: `${year}年未开会的季度：${lacking.map((q) => `第${q.quarter}季度${q.ended ? "" : "（进行中）"}`).join("、")}`,
          en: `${year} quarters without a meeting: ${lacking.map((q) => `Q${q.quarter}${q.ended ? "" : " (running)"}`).join(", ")}`,
        },
      }),
    };
  },
});
