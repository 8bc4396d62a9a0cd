import type { MessageParts } from "../engine/message";
import type { Bilingual, Requirement } from "../types";

/** How many lines are kept per rule: the few a rule gives most subjects (met, short by a figure, no data). */
const KEPT = 4;

/**
 * What a finding's line is composed from past its subject's cells, for one rule: the rule's cells
 * (kept by the writer, one object while they stay the same), the outcome's parts and its detail.
 * Whatever else the line reads (modality, label, due, override) is the rule's own.
 */
export interface LineKey {
  readonly cells: object;
  readonly parts: MessageParts;
  readonly detail: Bilingual | undefined;
}

// Every field of a requirement is compared: a field added to Requirement and left out here fails to compile.
const REQUIREMENT_FIELDS = ["comparison", "value", "min", "max", "unit", "basis"] as const;
const coversRequirement: Exclude<keyof Requirement, (typeof REQUIREMENT_FIELDS)[number]> extends never ? true : never = true;
void coversRequirement;

const sameList = (a: readonly unknown[], b: readonly unknown[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

// A figure: a number, a decimal's text, yes or no, or a list of forms.
const sameValue = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && Array.isArray(b) && sameList(a, b));

const sameWords = (a: Bilingual | undefined, b: Bilingual | undefined) => a === b || (a !== undefined && b !== undefined && a.zh === b.zh && a.en === b.en);

const sameRequirement = (a: Requirement | null, b: Requirement | null) => {
  if (a === b) return true;
  if (a === null || b === null) return false;
  for (const field of REQUIREMENT_FIELDS) {
    if (field === "basis" ? !sameWords(a.basis, b.basis) : !sameValue(a[field], b[field])) return false;
  }
  return true;
};

/**
 * Whether two keys give the same line: the same rule cells and the same status, figures,
 * requirement, missing fields and detail.
 *
 * @example sameLine({ cells, parts, detail: undefined }, { cells, parts: { ...parts }, detail: undefined }) // true
 */
export function sameLine(a: LineKey, b: LineKey): boolean {
  const p = a.parts;
  const q = b.parts;
  return (
    a.cells === b.cells &&
    p.status === q.status &&
    p.shortfall === q.shortfall &&
    sameValue(p.measured, q.measured) &&
    sameRequirement(p.required, q.required) &&
    sameList(p.missing, q.missing) &&
    sameWords(a.detail, b.detail) &&
    // A rule's own, so the same for one rule; compared all the same, so a key never lies.
    p.due === q.due &&
    p.approximate === q.approximate &&
    p.override === q.override
  );
}

/**
 * Lines remembered per owner (a rule) by what they were composed from, the last few of each, most
 * recent first. A long check writes most of its lines again for subject after subject (the same
 * status, figures and words, a subject's own cells aside), and composing them was a third of its
 * time. Owners are held weakly: a plan's rules go when the plan goes.
 *
 * @example const memo = lineMemo<Rule>(); memo.find(rule, key) ?? memo.keep(rule, key, compose())
 */
export function lineMemo<Owner extends object, Line = string>() {
  const lines = new WeakMap<Owner, { key: LineKey; line: Line }[]>();
  return {
    /** The line composed before from what `key` holds. */
    find(owner: Owner, key: LineKey): Line | undefined {
      const kept = lines.get(owner);
      if (kept === undefined) return undefined;
      for (let i = 0; i < kept.length; i++) {
        const entry = kept[i]!;
        if (!sameLine(entry.key, key)) continue;
        // The one found moves to the front, where the next subject's is most likely.
        for (let j = i; j > 0; j--) kept[j] = kept[j - 1]!;
        kept[0] = entry;
        return entry.line;
      }
      return undefined;
    },
    /** Keeps `line` as the line of `key` (whose parts must not change after) and gives it back. */
    keep(owner: Owner, key: LineKey, line: Line): Line {
      let kept = lines.get(owner);
      if (kept === undefined) lines.set(owner, (kept = []));
      kept.unshift({ key, line });
      if (kept.length > KEPT) kept.pop();
      return line;
    },
  };
}
