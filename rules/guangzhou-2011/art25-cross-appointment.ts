import { crossAppointmentShare } from "../../src/rule/crossAppointmentShare";
import { defineRule } from "../../src/rule/rule";

export const partyCommitteeCrossAppointment = defineRule({
  id: "guangzhou-2011/party-committee-cross-appointment",
  document: "guangzhou-2011",
  article: "25",
  quote: "推行社區黨組織班子成員與社區居民委員會成員交叉任職",
  displayQuote: "推行社区党组织班子成员与社区居民委员会成员交叉任职",
  modality: "guidance",
  subject: "community",
  label: { zh: "党组织班子与居委会成员交叉任职比例", en: "cross-appointment share (party committee and residents committee)" },
  threshold: { reportedOnly: true },
  note: "推行 (promote) sets no figure: the share of residents committee members who also sit on the party committee is reported, never judged (issue 22). The same fields as Longgang art. 49.",
  check: (c) => crossAppointmentShare(c),
});
