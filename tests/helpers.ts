import { documents as allDocuments, ruleBook } from "../rules";
import { outcomeOf as engineOutcomeOf } from "../src/engine/findingOf";
import type { Outcome } from "../src/measure/outcome";
import { validateSubject } from "../src/schema/validateSubject";
import { evaluate, rules } from "../src/index";
import type { DocumentId, Finding } from "../src/types";

/**
 * The finding of one rule for the root subject, evaluated against that rule's document only.
 * Throws when the rule produced no finding, so a typo in a test cannot pass silently.
 */
export function findingOf(ruleId: string, subject: { kind: string; id: string } & Record<string, unknown>, asOf: string): Finding {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const report = evaluate(subject, { asOf, documents: [rule.document as DocumentId] });
  const found = report.findings.find((f) => f.ruleId === ruleId && f.subject.path.length === 1);
  if (!found) throw new Error(`rule ${ruleId} gave no finding for ${subject.kind} ${subject.id}`);
  return found;
}

/** Shorthand: the status only. */
export function statusOf(ruleId: string, subject: { kind: string; id: string } & Record<string, unknown>, asOf: string) {
  return findingOf(ruleId, subject, asOf).status;
}

/** Freezes an object graph, so a test fails if the library writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * What one rule's check says of a subject (before dates and modality make it a status): the
 * measured figure, the requirement, the shortfall and the detail, to assert whole.
 */
export function outcomeFor(ruleId: string, subject: { kind: string; id: string } & Record<string, unknown>, asOf: string): Outcome {
  const rule = ruleBook.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const valid = validateSubject(subject);
  if (!("subject" in valid)) throw new Error(`invalid test subject: ${JSON.stringify(valid.problems)}`);
  return engineOutcomeOf(rule, valid.subject, { asOf, document: allDocuments.find((d) => d.id === rule.document)!, pilot: undefined });
}

/** Every object reachable from a value, by identity: what "shares no object" and "frozen all the way down" are checked on. */
export function objectsOf(value: unknown, seen = new Set<object>()): Set<object> {
  if (value !== null && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) objectsOf((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return seen;
}
