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
function tooLarge(input: unknown): InputProblem | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    values += 1;
    if (values > MAX_VALUES) return { path: "", message: { zh: `输入过大（超过 ${MAX_VALUES} 个值）：请按行、一个主体一个主体地提供`, en: `the input is too large (over ${MAX_VALUES} values): give it as rows, one subject each` } };
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    if (Array.isArray(value) && value.length > MAX_LIST_LENGTH) {
      return { path: formatPath(path as (string | number)[]), message: { zh: `列表有 ${value.length} 项，超过上限 ${MAX_LIST_LENGTH}`, en: `the list has ${value.length} items, over the limit of ${MAX_LIST_LENGTH}` } };
    }
    for (const [key, child] of entries) if (child !== null && typeof child === "object" && path.length < 64) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

/**
 * A subject checked against the schema, or every problem with it, each naming its field path.
 * Input past the size limits is one problem, before the schema sees it; counts that contradict each
 * other (more participants than voters…) are problems after it.
 *
 * @example validateSubject({ kind: "community", id: "c1", population: -1 }) // { problems: [{ path: "population", … }] }
 */
export function validateSubject(input: unknown): { subject: Subject } | { problems: InputProblem[] } {
  const size = tooLarge(input);
  if (size) return { problems: [size] };
  const parsed = subjectSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { problems: describeIssues(parsed.error.issues) };
  const contradictions = impossibleCombinations(parsed.data);
  return contradictions.length > 0 ? { problems: contradictions } : { subject: parsed.data };
}
