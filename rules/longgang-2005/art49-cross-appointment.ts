import { formatPercent } from "../../src/arithmetic/formatPercent";
import { Exact } from "../../src/arithmetic/exact";
import { field, missingOf } from "../../src/engine/field";
import { missing, notApplicable } from "../../src/engine/outcome";
import { defineRule } from "../../src/engine/rule";

export const crossAppointment = defineRule({
  id: "longgang-2005/cross-appointment",
  document: "longgang-2005",
  article: "第四十九条",
  quote: "社区党组织和社区居委会成员交叉任职比例可在70%以上",
  modality: "permission",
  subject: "community",
  label: { zh: "党组织与居委会成员交叉任职比例", en: "cross-appointment share (party committee and residents committee)" },
  threshold: { allowedFromPercent: 70 },
  note: "A permission (可): the share is reported, never failed. Read as residents committee members who also sit on the party committee, over all members.",
  check(c, { threshold }) {
    const members = field(c, "residentsCommittee.members");
    const cross = field(c, "residentsCommittee.membersOnPartyCommittee");
    if (members.value === undefined || cross.value === undefined) return missing(missingOf(members, cross));
    if (members.value === 0) return notApplicable({ zh: "居委会无成员", en: "the residents committee has no members" });
    const share = new Exact(cross.value).div(members.value);
    const allowed = share.times(100).gte(threshold.allowedFromPercent);
    return {
      kind: "measured",
      met: true,
      report: true,
      measured: formatPercent(share),
      required: { comparison: "reported", value: String(threshold.allowedFromPercent), unit: "percent" },
      shortfall: null,
      detail: allowed
        ? { zh: `在明确允许的${threshold.allowedFromPercent}%以上范围内`, en: `within the expressly allowed ${threshold.allowedFromPercent}% or more` }
        : { zh: `低于${threshold.allowedFromPercent}%，条文未作要求`, en: `below ${threshold.allowedFromPercent}%, which the text does not require` },
    };
  },
});
