import { Exact } from "../arithmetic/exact";
import { valueAt } from "../measure/field";
import { childListOf } from "./walkSubjects";
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

// Counts are safe integers, but a sum of them need not be. Below 2^51 a sum of up to three stays
// exact as a number; past it Decimal keeps it exact. Not BigInt: the WPS build targets ES2015.
const SMALL = 2 ** 51;

/** The parts' sum and the whole's (less `less`) as text when the parts exceed it, else undefined. */
function excess(parts: readonly number[], whole: readonly number[], less: readonly number[]): { part: string; total: string } | undefined {
  if (parts.every((v) => v < SMALL) && whole.every((v) => v < SMALL) && less.every((v) => v < SMALL)) {
    const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
    const [part, total] = [sum(parts), sum(whole) - sum(less)];
    return part <= total ? undefined : { part: String(part), total: String(total) };
  }
  const sum = (values: readonly number[]) => values.reduce((total, v) => total.plus(v), new Exact(0));
  const [part, total] = [sum(parts), sum(whole).minus(sum(less))];
  return part.lte(total) ? undefined : { part: part.toFixed(), total: total.toFixed() };
}

/**
 * The counts of one subject (not its children) that contradict each other: more election
 * participants than voters, more directors and deputies than members, and the like. Each problem
 * is at the path of the first count that is too large; a bound with a count missing is not checked.
 *
 * @example boundProblems({ kind: "community", id: "c", population: 10, elderlyPopulation: 11 }) // [{ path: "elderlyPopulation", … }]
 */
export function boundProblems(subject: Subject): (InputProblem & { involves: readonly string[] })[] {
  const problems: (InputProblem & { involves: readonly string[] })[] = [];
  // Loops, not flatMap and spreads: every row of the flat format and every subject passes here.
  for (const { parts, whole, less = NONE } of BOUNDS[subject.kind]) {
    const partCounts = countsAt(subject, parts);
    const wholeCounts = partCounts && countsAt(subject, whole);
    const lessCounts = wholeCounts && countsAt(subject, less);
    if (lessCounts === undefined) continue;
    const over = excess(partCounts!, wholeCounts!, lessCounts);
    if (over === undefined) continue;
    const { part, total } = over;
    const names = (paths: readonly string[], joiner: string) => paths.map(fieldLabel).join(joiner);
    const wholeZh = names(whole, "与") + (less.length > 0 ? `减去${names(less, "与")}` : "");
    const wholeEn = whole.join(" + ") + (less.length > 0 ? ` − ${less.join(" − ")}` : "");
    problems.push({
      path: parts[0]!,
      // Every field of the comparison: which of them is wrong cannot be told.
      involves: [...parts, ...whole, ...less],
      message: {
        zh: `${names(parts, "与")}（${part}）不能多于${wholeZh}（${total}）`,
        en: `${parts.join(" + ")} (${part}) cannot exceed ${wholeEn} (${total})`,
      },
    });
  }
  return problems;
}

const NONE: readonly string[] = [];

/** The counts at these paths, or undefined when one is missing (a bound with a count missing is not checked). */
function countsAt(subject: Subject, paths: readonly string[]): number[] | undefined {
  const counts: number[] = [];
  for (const path of paths) {
    const value = valueAt(subject, path);
    if (value === undefined) return undefined;
    counts.push(value as number);
  }
  return counts;
}

/**
 * A community (or district) marked no pilot inside a pilot district or street (the notice binds what
 * lies in a pilot). A street may say no: 东山区 is the pilot district, and of its streets only 大塘街
 * is a 试点街.
 */
export const PILOT_INSIDE_PILOT: Bilingual = { zh: "位于试点区、街内，不能填“否”（只有街道可填“否”，表示不是试点街）", en: "lies in a pilot district or street, so it cannot be false (only a street may, as no pilot street)" };

/**
 * Every contradiction in a valid subject tree, each with its field path: the counts of each subject
 * (`boundProblems`), and a subject other than a street marked `pilot: false` inside a pilot
 * district or street (the notice binds what lies in a pilot; spec section 2).
 *
 * @example impossibleCombinations(street) // [{ path: "communities[2].residentsCommittee.election.participants", … }]
 */
export function impossibleCombinations(subject: Subject, path: readonly PropertyKey[] = [], inPilot = false): InputProblem[] {
  const at = (field: string) => formatPath([...path, ...field.split(".")]);
  const problems: InputProblem[] = boundProblems(subject).map((p) => ({ path: at(p.path), message: p.message }));
  if (inPilot && subject.pilot === false && subject.kind !== "street") {
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
