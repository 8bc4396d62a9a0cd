// What the rules of the subject being evaluated have worked out, by what it was worked out from:
// undefined outside an evaluation, so a check called on its own computes afresh; null inside one
// until something is kept (most subjects keep nothing, and make no Map).
let current: Map<object, Map<string, unknown>> | null | undefined;

/**
 * Runs the rules of one subject with a memo for what several of them compute alike (the area
 * serving each function: art. 32's nine rooms and art. 36's gap all read it). The memo lives for
 * this call only: a caller who changes a subject between evaluations is never answered from it.
 *
 * @example withSubjectMemo(() => steps.map((s) => outcomeOf(s.rule, subject, context)))
 */
export function withSubjectMemo<T>(evaluate: () => T): T {
  const outer = current;
  current = null;
  try {
    return evaluate();
  } finally {
    current = outer;
  }
}

/**
 * `compute()`, or what it gave for the same `from` and `key` earlier in this subject's evaluation
 * (withSubjectMemo); computed afresh outside one.
 *
 * @example remembered(community.rooms, "library", () => sumOfRooms(community, "library"))
 */
export function remembered<T>(from: object, key: string, compute: () => T): T {
  if (current === undefined) return compute();
  current ??= new Map();
  let byKey = current.get(from);
  if (byKey === undefined) current.set(from, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}
