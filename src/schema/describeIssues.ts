import type * as z from "zod/mini";
import { formatPath } from "./formatPath";

export interface InputProblem {
  /** Where the problem is: "communities[0].rooms[2].areaM2"; "" for the subject itself. */
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

const EXPECTED: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function shown(input: unknown): string {
  if (input === undefined) return "nothing";
  if (typeof input === "number" || typeof input === "boolean" || input === null) return String(input);
  if (typeof input === "string") return JSON.stringify(input);
  return Array.isArray(input) ? "a list" : typeof input === "object" ? "an object" : typeof input;
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, received ${shown(issue.input)}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array") return `needs at least ${String(issue.minimum)} item(s)`;
      return `must be ${String(issue.minimum)} or more, received ${shown(issue.input)}`;
    case "too_big":
      return `must be ${String(issue.maximum)} or less, received ${shown(issue.input)}`;
    case "invalid_format":
      return issue.format === "date"
        ? `expected a calendar date written YYYY-MM-DD, received ${shown(issue.input)}`
        : `expected a non-negative decimal such as "1200.5", received ${shown(issue.input)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, received ${shown(issue.input)}`;
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        return `"kind" must be one of community, street, district, city, project; received ${shown(issue.input)}`;
      }
      return `expected a non-negative number or a decimal string such as "1200.5", received ${shown(issue.input)}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod's issues into one problem per field, each naming its path; an unknown key becomes a
 * problem at that key's own path, so a misspelt field is pointed at directly.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): InputProblem[] {
  return issues.flatMap((issue: Issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "unknown field (misspelt?)" }))
      : [{ path: formatPath(issue.path), message: describe(issue) }],
  );
}
