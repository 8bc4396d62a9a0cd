import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const jointMeetingMinutes = defineRule({
  id: "longgang-2005/joint-meeting-minutes",
  document: "longgang-2005",
  article: "第十五条",
  quote: "每次联席会议后形成会议纪要",
  modality: "requirement",
  subject: "community",
  label: { zh: "党建联席会议纪要", en: "minutes of every joint meeting" },
  threshold: { present: true },
  note: "每次: every meeting has its minutes; unlike the meetings' cadence (原则上, guidance) this is not hedged. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (c) => isTrue(field(c, "jointMeetingMinutes")),
});
