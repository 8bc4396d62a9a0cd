import { valueAt } from "../engine/field";
import { childListOf } from "../engine/walkSubjects";
import { fieldLabel } from "../labels/fieldLabel";
import type { Bilingual, SubjectKind } from "../types";
import type { InputProblem } from "./describeIssues";
import { formatPath } from "./formatPath";
import type { Subject } from "./subject";

/** Counts that cannot exceed others: the sum of `parts` is at most that of `whole` less `less`. */
interface Bound {
  parts: readonly string[];
  whole: readonly string[];
  less?: readonly string[];
}

const POPULATION: Bound = { parts: ["elderlyPopulation"], whole: ["population"] };

const BOUNDS: Readonly<Record<SubjectKind, readonly Bound[]>> = {
  community: [
    POPULATION,
    { parts: ["residentsCommittee.election.participants"], whole: ["residentsCommittee.election.eligibleVoters"] },
    { parts: ["residentsCommittee.directors", "residentsCommittee.deputyDirectors"], whole: ["residentsCommittee.members"] },
    { parts: ["residentsCommittee.membersOnPartyCommittee"], whole: ["residentsCommittee.members"] },
    { parts: ["residentsCommittee.membersOnPartyCommittee"], whole: ["partyOrganization.committeeMembers"] },
    { parts: ["residentsCommittee.fullTimeStaffPartyMembers"], whole: ["residentsCommittee.fullTimeStaff"] },
    { parts: ["partyOrganization.secretaries", "partyOrganization.deputySecretaries"], whole: ["partyOrganization.committeeMembers"] },
    { parts: ["committeeMembersAtWorkStation"], whole: ["partyOrganization.committeeMembers", "residentsCommittee.members"], less: ["residentsCommittee.membersOnPartyCommittee"] },
  ],
  street: [POPULATION],
  district: [],
  city: [POPULATION, { parts: ["directlyElectedCommittees"], whole: ["residentsCommittees"] }],
  project: [],
};

// Counts are safe integers, but a sum of them need not be: BigInt keeps it exact.
const sum = (values: readonly unknown[]): bigint => values.reduce<bigint>((total, v) => total + BigInt(v as number), 0n);

/**
 * The counts of one subject (not its children) that contradict each other: more election
 * participants than voters, more directors and deputies than members, and the like. Each problem
 * is at the path of the first count that is too large; a bound with a count missing is not checked.
 *
 * @example boundProblems({ kind: "community", id: "c", population: 10, elderlyPopulation: 11 }) // [{ path: "elderlyPopulation", … }]
 */
export function boundProblems(subject: Subject): InputProblem[] {
  return BOUNDS[subject.kind].flatMap(({ parts, whole, less = [] }) => {
    const values = [...parts, ...whole, ...less].map((path) => valueAt(subject, path));
    if (values.some((v) => v === undefined)) return [];
    const [part, total] = [sum(values.slice(0, parts.length)), sum(values.slice(parts.length, parts.length + whole.length)) - sum(values.slice(parts.length + whole.length))];
    if (part <= total) return [];
    const names = (paths: readonly string[], joiner: string) => paths.map(fieldLabel).join(joiner);
    const wholeZh = names(whole, "与") + (less.length > 0 ? `减去${names(less, "与")}` : "");
    const wholeEn = whole.join(" + ") + (less.length > 0 ? ` − ${less.join(" − ")}` : "");
    return [{
      path: parts[0]!,
      message: {
        zh: `${names(parts, "与")}（${part}）不能多于${wholeZh}（${total}）`,
        en: `${parts.join(" + ")} (${part}) cannot exceed ${wholeEn} (${total})`,
      },
    }];
  });
}

/** A subject marked no pilot inside a pilot district or street (the notice binds what lies in a pilot). */
export const PILOT_INSIDE_PILOT: Bilingual = { zh: "位于试点区、街内，不能填“否”", en: "lies in a pilot district or street, so it cannot be false" };


/**
 * Every contradiction in a valid subject tree, each with its field path: the counts of each subject
 * (`boundProblems`), and a subject marked `pilot: false` inside a pilot district or street (the
 * notice binds what lies in a pilot; spec section 2).
 *
 * @example impossibleCombinations(street) // [{ path: "communities[2].residentsCommittee.election.participants", … }]
 */
export function impossibleCombinations(subject: Subject, path: readonly PropertyKey[] = [], inPilot = false): InputProblem[] {
  const at = (field: string) => formatPath([...path, ...field.split(".")]);
  const problems = boundProblems(subject).map((p) => ({ ...p, path: at(p.path) }));
  if (inPilot && subject.pilot === false) {
    problems.push({ path: at("pilot"), message: PILOT_INSIDE_PILOT });
  }
  const children = childListOf(subject);
  if (children) {
    const [key, list] = children;
    list.forEach((child, i) => {
      for (const problem of impossibleCombinations(child, [...path, key, i], inPilot || subject.pilot === true)) problems.push(problem);
    });
  }
  return problems;
}
