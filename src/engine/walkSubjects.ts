import type { Subject } from "../schema/subject";
import type { Jurisdiction } from "../types";

export interface Visit {
  subject: Subject;
  path: string[];
  /** The subject's own jurisdiction, or the nearest ancestor's. */
  jurisdiction: Jurisdiction | undefined;
}

function childrenOf(subject: Subject): readonly Subject[] {
  switch (subject.kind) {
    case "city":
      return subject.districts ?? [];
    case "district":
      return subject.streets ?? [];
    case "street":
      return subject.communities ?? [];
    default:
      return [];
  }
}

/**
 * Every subject in a tree, parents before children, each with its path of ids and the jurisdiction
 * it inherits (spec section 2).
 *
 * @example [...walkSubjects(street)].map((v) => v.path) // [["shipai"], ["shipai", "c1"], …]
 */
export function* walkSubjects(subject: Subject, parentPath: string[] = [], inherited?: Jurisdiction): Generator<Visit> {
  const path = [...parentPath, subject.id];
  const jurisdiction = subject.jurisdiction ?? inherited;
  yield { subject, path, jurisdiction };
  for (const child of childrenOf(subject)) yield* walkSubjects(child, path, jurisdiction);
}
