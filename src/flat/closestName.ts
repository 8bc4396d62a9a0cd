/**
 * Edit distance between two strings (insertions, deletions, substitutions), by code point, or
 * `limit + 1` as soon as it must exceed `limit`: only near names matter.
 */
function distance(x: readonly string[], y: readonly string[], limit: number): number {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (current[j]! < smallest) smallest = current[j]!;
    }
    if (smallest > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate nearest to `word`, if it is near enough to be a slip (at most a third of the
 * word's length away, and at least one character); compared without case.
 *
 * @example closestName("polulation", ["population", "households"]) // "population"
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const lower = [...word.toLowerCase()];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor([...word].length / 3));
  for (const candidate of candidates) {
    const d = distance(lower, [...candidate.toLowerCase()], bestDistance);
    if (d < bestDistance || (d === bestDistance && best === undefined)) [best, bestDistance] = [candidate, d];
  }
  return best;
}
