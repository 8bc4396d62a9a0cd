import { fieldLabel } from "../labels/fieldLabel";
import { valueLabel } from "../labels/valueLabel";
import { yesNoWord } from "../labels/yesNoWord";
import { explaining, step } from "./trace";

type Leaf = string | number | boolean | readonly unknown[];

/** Every dot path into a subject type: "residentsCommittee.election.participants". */
export type Path<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf ? K : K | `${K}.${Path<NonNullable<T[K]>>}`;
}[keyof T & string];

/** The type found at a dot path. */
export type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<NonNullable<T[Head]>, Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The dot paths of a subject type that lead to a yes/no field. */
export type BooleanPath<T> = { [P in Path<T>]: NonNullable<At<T, P>> extends boolean ? P : never }[Path<T>];

/** A value a rule reads, with the path that names it when it is missing. */
export interface Input<T> {
  path: string;
  value: T | undefined;
}

// Rules read the same few dozen paths for every subject: split each once.
const segments = new Map<string, readonly string[]>();

/**
 * The keys of a dot path, split once and kept (rules and columns use the same few dozen paths).
 *
 * @example keysOf("residentsCommittee.members") // ["residentsCommittee", "members"]
 */
export function keysOf(path: string): readonly string[] {
  let keys = segments.get(path);
  if (keys === undefined) segments.set(path, (keys = path.split(".")));
  return keys;
}

/**
 * The value at a dot path of an object, or undefined where any step is missing (null included).
 *
 * @example valueAt({ a: { b: 1 } }, "a.b") // 1
 */
export function valueAt(subject: unknown, path: string): unknown {
  let node = subject;
  const keys = keysOf(path);
  for (const key of keys) {
    if (node == null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node ?? undefined;
}

/**
 * Reads one field of a subject by its dot path, keeping the path for an `insufficient-data` finding.
 *
 * @example field(community, "residentsCommittee.members") // { path: "residentsCommittee.members", value: 7 }
 */
export function field<S, P extends Path<S>>(subject: S, path: P): Input<NonNullable<At<S, P>>> {
  const value = valueAt(subject, path) as NonNullable<At<S, P>> | undefined;
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => {
    const shown = value === undefined ? undefined : JSON.stringify(value);
    return { zh: `读取 ${fieldLabel(path)}（${path}）：${value === undefined ? "缺" : inChinese(value)}`, en: `read ${path}: ${shown ?? "(missing)"}` };
  });
  return { path, value };
}

// A value as a clerk reads it: 是/否, a code by its Chinese name (党支部), text and figures as written, a list joined by 、.
const inChinese = (value: unknown): string =>
  typeof value === "boolean" ? yesNoWord(value, "zh") : Array.isArray(value) ? value.map(inChinese).join("、") : typeof value === "string" ? valueLabel(value, "zh") : typeof value === "object" ? JSON.stringify(value) : String(value);

/** The paths of the inputs that are missing, in the order given, each once. */
export function missingOf(...inputs: readonly Input<unknown>[]): string[] {
  // Most checks read one field: its path, with no set to build.
  if (inputs.length === 1) return inputs[0]!.value === undefined ? [inputs[0]!.path] : [];
  return [...new Set(inputs.filter((input) => input.value === undefined).map((input) => input.path))];
}
