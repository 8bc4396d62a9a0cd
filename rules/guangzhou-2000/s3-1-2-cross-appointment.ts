import { crossAppointmentShare } from "../../src/rule/crossAppointmentShare";
import { defineRule } from "../../src/rule/rule";
import { inPilot } from "./document";

export const committeeCrossAppointment = defineRule({
  id: "guangzhou-2000/committee-cross-appointment",
  document: "guangzhou-2000",
  article: "三(一)2",
  quote: "支委会成员与居委会成员按照有利于开展工作的原则尽可能交叉任职",
  modality: "guidance",
  subject: "community",
  label: { zh: "支委会与居委会成员交叉任职比例", en: "cross-appointment share (branch committee and residents committee)" },
  threshold: { reportedOnly: true },
  note: "尽可能 sets no figure: the share of residents committee members who also sit on the branch committee is reported, never judged (issue 22). The same fields as Longgang art. 49.",
  appliesWhen: inPilot,
  check: (c) => crossAppointmentShare(c),
});
