import type * as z from "zod/mini";
import type { Bilingual, InputProblem } from "../types";
import { shownValue } from "../labels/shownValue";
import { formatPath } from "./formatPath";
import { ENUM_LABELS } from "../labels/enumLabels";
import { SUBJECT_KINDS } from "./values";

export type { InputProblem } from "../types";

type Issue = z.core.$ZodIssue & { input?: unknown };

const EXPECTED: Record<string, Bilingual> = {
  int: { zh: "整数", en: "a whole number" },
  number: { zh: "数字", en: "a number" },
  string: { zh: "文字", en: "text" },
  boolean: { zh: "true 或 false", en: "true or false" },
  array: { zh: "列表", en: "a list" },
  object: { zh: "对象", en: "an object" },
};

function shown(input: unknown): Bilingual {
  if (input === undefined) return { zh: "空", en: "nothing" };
  if (typeof input === "number" || typeof input === "boolean" || input === null || typeof input === "string") {
    const text = typeof input === "string" ? shownValue(input) : String(input);
    return { zh: text, en: text };
  }
  if (Array.isArray(input)) return { zh: "列表", en: "a list" };
  return typeof input === "object" ? { zh: "对象", en: "an object" } : { zh: typeof input, en: typeof input };
}

const both = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * "应为 "community"（社区），收到 …" for one value, "… 之一" for several; each value with its Chinese
 * name where its field (the last name in the path) has them.
 */
function expectedValues(values: readonly unknown[], got: Bilingual, path: readonly PropertyKey[]): Bilingual {
  const field = [...path].reverse().find((key) => typeof key === "string");
  const labels: Readonly<Record<string, Bilingual>> | undefined = field !== undefined && Object.prototype.hasOwnProperty.call(ENUM_LABELS, field) ? ENUM_LABELS[field as keyof typeof ENUM_LABELS] : undefined;
  const zh = values.map((v) => (typeof v === "string" && labels?.[v] ? `${JSON.stringify(v)}（${labels[v].zh}）` : JSON.stringify(v))).join("、");
  const en = values.map((v) => JSON.stringify(v)).join(", ");
  return values.length === 1 ? both(`应为 ${zh}，收到 ${got.zh}`, `expected ${en}, received ${got.en}`) : both(`应为 ${zh} 之一，收到 ${got.zh}`, `expected one of ${en}, received ${got.en}`);
}

function describe(issue: Issue): Bilingual {
  const got = shown(issue.input);
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return both(`应为${expected.zh}，收到 ${got.zh}`, `expected ${expected.en}, received ${got.en}`);
    }
    case "too_small":
      if (issue.origin === "string") return both("不能为空", "must not be empty");
      if (issue.origin === "array") return both(`至少要有 ${String(issue.minimum)} 项`, `needs at least ${String(issue.minimum)} item(s)`);
      return both(`应不小于 ${String(issue.minimum)}，收到 ${got.zh}`, `must be ${String(issue.minimum)} or more, received ${got.en}`);
    case "too_big":
      return both(`应不大于 ${String(issue.maximum)}，收到 ${got.zh}`, `must be ${String(issue.maximum)} or less, received ${got.en}`);
    case "invalid_format":
      return issue.format === "date"
        ? both(`应为 YYYY-MM-DD 格式的日期，收到 ${got.zh}`, `expected a calendar date written YYYY-MM-DD, received ${got.en}`)
        : both(`应为不小于 0 的十进制数，如 "1200.5"，整数最多 15 位、小数最多 10 位，收到 ${got.zh}`, `expected a non-negative decimal such as "1200.5", at most 15 digits before the point and 10 after, received ${got.en}`);
    case "invalid_value":
      return expectedValues(issue.values, got, issue.path);
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        // The issue's input is the whole subject: what was received is its kind.
        const kind = issue.input !== null && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[issue.discriminator] : issue.input;
        return expectedValues(SUBJECT_KINDS, shown(kind), [issue.discriminator]);
      }
      return both(`应为不小于 0 的数或十进制数文字，如 "1200.5"，收到 ${got.zh}`, `expected a non-negative number or a decimal string such as "1200.5", received ${got.en}`);
    case "custom":
      if (issue.message === "amount-digits") return both(`整数最多 15 位、小数最多 10 位，收到 ${got.zh}`, `at most 15 digits before the point and 10 after, received ${got.en}`);
      return both(issue.message, issue.message);
    default:
      return both(issue.message, issue.message);
  }
}

// Fields a reading of the seeds moved to another subject (issue 11): say where they went.
const MOVED: Readonly<Record<string, Bilingual>> = {
  charitySupermarket: both(
    "“爱心超市”设在街道的社区服务中心（敦煌意见（八）、（十二））：请填在街道上",
    "the charity outlet sits in the street's community service center (Dunhuang (八), (十二)): give it on the street",
  ),
};

/**
 * Turns zod's issues into one problem per field, each naming its path; an unknown key becomes a
 * problem at that key's own path, so a misspelt field is pointed at directly.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): InputProblem[] {
  return issues.flatMap((issue: Issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: MOVED[key] ?? both("未知字段（拼写有误？）", "unknown field (misspelt?)") }))
      : [{ path: formatPath(issue.path), message: describe(issue) }],
  );
}
