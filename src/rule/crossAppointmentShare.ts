import { reportedShare } from "../checks/reportedShare";
import { field, missingOf } from "../measure/field";
import { missing, notApplicable, type Outcome } from "../measure/outcome";
import type { Community } from "../schema/community";

/**
 * The share of residents committee members who also sit on the party committee, reported and
 * never failed: Longgang art. 49 allows 70% or more, Guangzhou 2000 (尽可能) and 2011 (推行) name
 * no figure. A committee without members has no share.
 *
 * @example crossAppointmentShare({ residentsCommittee: { members: 7, membersOnPartyCommittee: 5 } }) // measured "71.43"
 */
export function crossAppointmentShare(community: Pick<Community, "residentsCommittee">, allowedFromPercent?: number): Outcome {
  const members = field(community, "residentsCommittee.members");
  const cross = field(community, "residentsCommittee.membersOnPartyCommittee");
  if (members.value === undefined || cross.value === undefined) return missing(missingOf(members, cross));
  if (members.value === 0) return notApplicable({ zh: "居委会无成员", en: "the residents committee has no members" });
  return reportedShare(cross.value, members.value, allowedFromPercent);
}
