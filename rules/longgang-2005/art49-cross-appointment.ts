import { reportedShare } from "../../src/checks/reportedShare";
import { field, missingOf } from "../../src/measure/field";
import { missing, notApplicable } from "../../src/measure/outcome";
import { crossAppointmentShare } from "../../src/rule/crossAppointmentShare";
import { defineRule } from "../../src/rule/rule";
import { isTrue } from "../../src/checks/isTrue";
import { inTransition } from "./document";

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
  check: (c, { threshold }) => crossAppointmentShare(c, threshold.allowedFromPercent),
});

export const workStationAppointment = defineRule({
  id: "longgang-2005/work-station-appointment",
  document: "longgang-2005",
  article: "第四十九条",
  quote: "社区党组织和社区居委会成员被聘任到社区工作站任职的比例可达70%以上",
  modality: "permission",
  subject: "community",
  label: { zh: "两委成员被聘任到社区工作站任职比例", en: "share of both committees' members hired into the work station" },
  threshold: { allowedFromPercent: 70 },
  note: "A permission (可): the share is reported, never failed. The base is the two committees' distinct members: party committee members plus residents committee members, less those on both (membersOnPartyCommittee).",
  check(c, { threshold }) {
    const party = field(c, "partyOrganization.committeeMembers");
    const members = field(c, "residentsCommittee.members");
    const both = field(c, "residentsCommittee.membersOnPartyCommittee");
    const hired = field(c, "committeeMembersAtWorkStation");
    const absent = missingOf(hired, party, members, both);
    if (absent.length > 0) return missing(absent);
    const distinct = party.value! + members.value! - both.value!;
    if (distinct === 0) return notApplicable({ zh: "两委无成员", en: "neither committee has members" });
    return reportedShare(hired.value!, distinct, threshold.allowedFromPercent);
  },
});

export const secretaryHeadsWorkStation = defineRule({
  id: "longgang-2005/secretary-heads-work-station",
  document: "longgang-2005",
  article: "第四十九条",
  quote: "社区党组织书记可兼任社区工作站站长",
  modality: "permission",
  subject: "community",
  label: { zh: "党组织书记兼任工作站站长", en: "party secretary also heads the work station" },
  threshold: { present: true },
  note: "A permission (可): whether the secretary heads the work station is reported, never failed. Added from the seed (issue 22).",
  check: (c) => isTrue(field(c, "secretaryHeadsWorkStation")),
});

export const transitionCrossAppointment = defineRule({
  id: "longgang-2005/transition-cross-appointment",
  document: "longgang-2005",
  article: "第四十九条",
  quote: "在城市化过渡期内,社区党组织负责人、社区居委会主任、股份公司董事长可以交叉任职",
  modality: "permission",
  subject: "community",
  label: { zh: "过渡期内党组织负责人、居委会主任、股份公司董事长交叉任职", en: "party head, committee director and company chair cross-appointed (transition)" },
  threshold: { present: true },
  note: "A permission (可以), only 在城市化过渡期内 (urbanizationTransition, never guessed): whether the three posts are cross-appointed is reported, never failed. Added from the seed (issue 22).",
  appliesWhen: inTransition,
  check: (c) => isTrue(field(c, "leadersCrossAppointed")),
});
