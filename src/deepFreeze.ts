/**
 * Freezes a value and everything reachable from it (objects, arrays, functions' own properties),
 * so what the library exports cannot be changed by a caller, nor what its engine reads.
 *
 * @example deepFreeze({ threshold: { denominator: 300 } }).threshold.denominator = 400 // TypeError in strict code
 */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  // A shallowly frozen object may still hold open ones, so frozen is no reason to stop; seen is.
  if (((typeof value === "object" && value !== null) || typeof value === "function") && !seen.has(value as object)) {
    seen.add(value as object);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return value;
}
