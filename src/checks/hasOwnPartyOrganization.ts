import { field } from "../engine/field";
import type { Outcome } from "../engine/outcome";
import type { Community } from "../schema/community";
import { oneOf } from "./oneOf";

/**
 * The community has a party organization of its own: a branch, a general branch or a joint branch
 * (一居一支部, 一社区一支部, 一居民区一支部).
 *
 * @example hasOwnPartyOrganization({ partyOrganization: { form: "none" } }) // met: false
 */
export function hasOwnPartyOrganization(community: Pick<Community, "partyOrganization">): Outcome {
  return oneOf(field(community, "partyOrganization.form"), ["branch", "general-branch", "joint-branch"]);
}
