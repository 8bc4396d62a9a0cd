import { pilotArea } from "./pilotArea";
import type { Subject } from "./subject";
import type { Jurisdiction } from "../types";

export interface Visit {
  subject: Subject;
  path: string[];
  /** The subject's own jurisdiction, or the nearest ancestor's. */
  jurisdiction: Jurisdiction | undefined;
  /** In the Guangzhou 2000 pilot: the subject's own `pilot`, or the nearest ancestor's. */
  pilot: boolean | undefined;
}

/** Which list of a parent holds which kind: a city's districts, a district's streets, a street's communities. */
export const NESTING = Object.freeze([
  Object.freeze({ parent: "city", key: "districts", child: "district" }),
  Object.freeze({ parent: "district", key: "streets", child: "street" }),
  Object.freeze({ parent: "street", key: "communities", child: "community" }),
] as const);

/**
 * The subjects nested in a subject, with the key that holds them (NESTING); undefined for a
 * community or a project.
 *
 * @example childListOf(street) // ["communities", [...]]
 */
export function childListOf(subject: Subject): readonly ["districts" | "streets" | "communities", readonly Subject[]] | undefined {
  const nesting = NESTING.find((n) => n.parent === subject.kind);
  return nesting && [nesting.key, (subject as Partial<Record<(typeof nesting)["key"], readonly Subject[]>>)[nesting.key] ?? []];
}

/**
 * Every subject in a tree, parents before children, each with its path of ids, the jurisdiction it
 * inherits, and whether it lies in the Guangzhou 2000 pilot area (pilotArea: a pilot anywhere above
 * makes it so; else its own flag or the nearest above).
 *
 * @example [...walkSubjects(street)].map((v) => v.path) // [["shipai"], ["shipai", "c1"], …]
 */
export function* walkSubjects(subject: Subject, parentPath: string[] = [], inherited: Pick<Visit, "jurisdiction" | "pilot"> = { jurisdiction: undefined, pilot: undefined }): Generator<Visit> {
  const path = [...parentPath, subject.id];
  const jurisdiction = subject.jurisdiction ?? inherited.jurisdiction;
  const pilot = pilotArea(subject.pilot, inherited.pilot);
  yield { subject, path, jurisdiction, pilot };
  for (const child of childListOf(subject)?.[1] ?? []) yield* walkSubjects(child, path, { jurisdiction, pilot });
}
