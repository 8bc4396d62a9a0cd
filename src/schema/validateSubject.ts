import { type CompiledValidator, DECLINED, compileValidator } from "./compileValidator";
import { formatPath } from "./formatPath";
import { type InputProblem, describeIssues } from "./describeIssues";
import { impossibleCombinations } from "./impossibleCombinations";
import { type Subject, subjectSchema } from "./subject";

/** The longest list one subject may hold (rooms, communities of a street…): far past any real one. */
export const MAX_LIST_LENGTH = 20_000;
/** The most values one input may hold: a national data set comes as rows, one subject each. */
export const MAX_VALUES = 1_000_000;

// Walks the input without recursion (100,000-deep nesting must not overflow the stack either) and
// names the first list or size past the limits: zod reports every issue of a list at once through
// push(...issues), which overflows the stack at about 150,000 of them.
// A node of the walk: its path is put together only for the problem, from the parent links.
interface Node {
  value: object;
  key: PropertyKey;
  parent: Node | undefined;
  depth: number;
}

const pathOf = (node: Node): string => {
  const keys: PropertyKey[] = [];
  for (let at: Node | undefined = node; at?.parent !== undefined; at = at.parent) keys.unshift(at.key);
  return formatPath(keys);
};

function tooLarge(input: unknown): InputProblem | undefined {
  if (input === null || typeof input !== "object") return undefined;
  const stack: Node[] = [{ value: input, key: "", parent: undefined, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    values += 1;
    if (values > MAX_VALUES) return { path: "", message: { zh: `输入过大（超过 ${MAX_VALUES} 个值）：请按行、一个主体一个主体地提供`, en: `the input is too large (over ${MAX_VALUES} values): give it as rows, one subject each` } };
    if (Array.isArray(value) && value.length > MAX_LIST_LENGTH) {
      return { path: pathOf(node), message: { zh: `列表有 ${value.length} 项，超过上限 ${MAX_LIST_LENGTH}`, en: `the list has ${value.length} items, over the limit of ${MAX_LIST_LENGTH}` } };
    }
    if (node.depth >= 64) continue;
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
    for (const key of keys) {
      const child = (value as Record<PropertyKey, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push({ value: child, key, parent: node, depth: node.depth + 1 });
    }
  }
  return undefined;
}

// Compiled on first use (not at import: a page that never validates pays nothing); null when the
// host forbids `new Function` or the schema holds something the compiler does not know.
let compiled: CompiledValidator<Subject> | null | undefined;

/**
 * A subject checked against the schema, or every problem with it, each naming its field path.
 * Input past the size limits is one problem, before the schema sees it; counts that contradict each
 * other (more participants than voters…) are problems after it. A check compiled from the schema
 * (compileValidator) accepts valid input about five times faster than zod (docs/development.md); whatever it does not
 * accept, zod judges and describes.
 *
 * @example validateSubject({ kind: "community", id: "c1", population: -1 }) // { problems: [{ path: "population", … }] }
 */
export function validateSubject(input: unknown): { subject: Subject } | { problems: InputProblem[] } {
  if (compiled === undefined) compiled = compileValidator(subjectSchema, { list: MAX_LIST_LENGTH, values: MAX_VALUES }) ?? null;
  if (compiled !== null) {
    let fast: Subject | typeof DECLINED = DECLINED;
    try {
      fast = compiled(input);
    } catch {
      // A getter that throws, a revoked Proxy: zod meets it as well, and says what it says.
    }
    if (fast !== DECLINED) return checkedCombinations(fast);
  }
  return validateWithZod(input);
}

/** validateSubject by zod alone: what the compiled check must agree with (tests hold it so). */
export function validateWithZod(input: unknown): { subject: Subject } | { problems: InputProblem[] } {
  const size = tooLarge(input);
  if (size) return { problems: [size] };
  const parsed = subjectSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { problems: describeIssues(parsed.error.issues) };
  return checkedCombinations(parsed.data);
}

function checkedCombinations(subject: Subject): { subject: Subject } | { problems: InputProblem[] } {
  const contradictions = impossibleCombinations(subject);
  return contradictions.length > 0 ? { problems: contradictions } : { subject };
}
