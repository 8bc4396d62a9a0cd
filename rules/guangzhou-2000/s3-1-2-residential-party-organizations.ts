import { oneOf } from "../../src/checks/oneOf";
import { isTrue } from "../../src/checks/isTrue";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { OWN_PARTY_ORGANIZATION_FORMS } from "../../src/schema/values";
import { TWO_YEARS_FROM_ISSUE, inPilot } from "./document";

export const partyBranchPerResidentialArea = defineRule({
  id: "guangzhou-2000/party-branch-per-residential-area",
  document: "guangzhou-2000",
  article: "三(一)2",
  quote: "原则上以居民区为单位建立党支部,在2年内实现“一居民区一支部”",
  modality: "requirement",
  subject: "community",
  label: { zh: "居民区党支部（一居民区一支部）", en: "a party branch for the residential area" },
  threshold: { forms: OWN_PARTY_ORGANIZATION_FORMS },
  due: TWO_YEARS_FROM_ISSUE,
  note: "在2年内 from the notice of 2000-11-23: due 2002-11-23. A general branch also counts as the area's own organization. A joint branch (联合党支部) shared with other communities is not the community's own organization, read so in every document (Longgang art. 12 alike; issue 22). 原则上以居民区为单位建立党支部 stays a requirement: 原则上 qualifies the unit (a residential area), which the notice fixes at once as 一居民区一支部, and 在2年内 sets its deadline; Longgang art. 15's 原则上 qualifies a meeting's cadence instead (that rule's note).",
  appliesWhen: inPilot,
  check: (c, { threshold }) => oneOf(field(c, "partyOrganization.form"), threshold.forms),
});

export const secretaryHeadsResidentsCommittee = defineRule({
  id: "guangzhou-2000/secretary-heads-residents-committee",
  document: "guangzhou-2000",
  article: "三(一)2",
  quote: "党支部书记兼任居委会主任",
  modality: "requirement",
  subject: "community",
  label: { zh: "党支部书记兼任居委会主任", en: "party secretary also heads the residents committee" },
  threshold: { samePerson: true },
  appliesWhen: inPilot,
  check: (c) => isTrue(field(c, "residentsCommittee.directorIsPartySecretary")),
});

export const staffPartyMembersHalf = defineRule({
  id: "guangzhou-2000/staff-party-members-half",
  document: "guangzhou-2000",
  article: "三(一)2",
  quote: "逐步实现居委会专职人员一半以上是党员",
  modality: "target",
  subject: "community",
  label: { zh: "居委会专职人员中的党员", en: "party members among the committee's full-time staff" },
  threshold: { numerator: 1, denominator: 2 },
  note: "一半以上 includes exactly half.",
  appliesWhen: inPilot,
  check: (c, { threshold }) => rateAtLeast(field(c, "residentsCommittee.fullTimeStaffPartyMembers"), field(c, "residentsCommittee.fullTimeStaff"), threshold, "people"),
});
