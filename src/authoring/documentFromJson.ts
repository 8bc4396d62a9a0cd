import { builtInBook } from "../../rules";
import { atLeast } from "../checks/atLeast";
import { allTrue } from "../checks/allTrue";
import { everyYear } from "../checks/everyYear";
import { isTrue } from "../checks/isTrue";
import { oneOf } from "../checks/oneOf";
import { rateAtLeast } from "../checks/rateAtLeast";
import { withinRange } from "../checks/withinRange";
import { SubjectValidationError } from "../errors";
import { areaServing } from "../rule/areaServing";
import { type Input, field } from "../measure/field";
import type { LocalDocument } from "../engine/localDocument";
import type { Rule } from "../rule/rule";
import { closestName } from "../flat/closestName";
import { COLUMNS, type CellUnit, type Column } from "../flat/columns";
import { ENUM_LABELS } from "../labels/enumLabels";
import { fieldLabel } from "../labels/fieldLabel";
import type { InputProblem } from "../schema/describeIssues";
import { ROOM_FUNCTIONS, SUBJECT_KINDS } from "../schema/values";
import type { SubjectKind, Unit } from "../types";
import { checkLocalDocument } from "../engine/checkLocalDocument";

type Problem = (path: string, zh: string, en: string) => void;
type Spec = Record<string, unknown>;
type Check = Rule["check"];

const UNITS: Readonly<Record<CellUnit, Unit>> = { m2: "m2", yuan: "yuan", "yuan-per-m2": "yuan", people: "people", households: "households", beds: "beds", count: "count", phase: "count" };
// `field` with a path the JSON names (checked against the flat columns): the same read, the same explanation step.
const read = <T>(subject: unknown, path: string): Input<T> => field(subject as Record<string, unknown>, path as never) as Input<T>;
const SUBJECT_KIND_OK = (kind: unknown): kind is SubjectKind => SUBJECT_KINDS.includes(kind as never);
const isNumber = (v: unknown, min = 0): v is number => typeof v === "number" && Number.isFinite(v) && v >= min;

/** A flat-format column of the rule's kind, of one of the types a check reads, or a problem. */
function columnOf(kind: SubjectKind, name: unknown, types: readonly Column["type"][], at: string, problem: Problem): Column | undefined {
  const column = COLUMNS.find((c) => c.name === name && c.kinds.includes(kind) && types.includes(c.type));
  if (column === undefined) {
    const names = COLUMNS.filter((c) => c.kinds.includes(kind) && types.includes(c.type)).map((c) => c.name);
    // A slip is named with its likely field; only otherwise the whole list (thirty names in a line).
    const near = typeof name === "string" ? closestName(name, names) : undefined;
    if (near !== undefined) problem(at, `${ENUM_LABELS.kind[kind].zh}没有字段 ${String(name)}，是否为 ${near}（${fieldLabel(near)}）？`, `a ${kind} has no field ${String(name)}; did you mean ${near}?`);
    else problem(at, `应为${ENUM_LABELS.kind[kind].zh}的字段之一：${names.join("、")}`, `expected a field of a ${kind}: ${names.join(", ")}`);
  }
  return column;
}

/** The threshold and check a JSON check stands for: the figures stay data, so overrides and explanations see them. */
function checkOf(kind: SubjectKind, spec: Spec, at: string, problem: Problem): { threshold: Spec; check: Check } | undefined {
  const numeric = ["count", "amount"] as const;
  switch (spec.kind) {
    case "atLeast": {
      const column = columnOf(kind, spec.field, numeric, `${at}.field`, problem);
      if (!isNumber(spec.min)) return void problem(`${at}.min`, "应为不小于 0 的数", "expected a number of 0 or more");
      if (!column) return undefined;
      return { threshold: { min: spec.min }, check: (s, { threshold }) => atLeast(read(s, column.name), (threshold as { min: number }).min, UNITS[column.unit!]) };
    }
    case "roomArea": {
      if (kind !== "community") return void problem(`${at}.kind`, "用房面积只适用于社区", "room areas are a community's");
      if (!ROOM_FUNCTIONS.includes(spec.function as never)) return void problem(`${at}.function`, `应为 ${ROOM_FUNCTIONS.join("、")} 之一`, `expected one of ${ROOM_FUNCTIONS.join(", ")}`);
      if (!isNumber(spec.minM2)) return void problem(`${at}.minM2`, "应为不小于 0 的数", "expected a number of 0 or more");
      const fn = spec.function as (typeof ROOM_FUNCTIONS)[number];
      return { threshold: { minM2: spec.minM2 }, check: (c, { threshold }) => atLeast(areaServing(c as never, fn), (threshold as { minM2: number }).minM2, "m2") };
    }
    case "rateAtLeast": {
      const column = columnOf(kind, spec.field, numeric, `${at}.field`, problem);
      const base = columnOf(kind, spec.base, numeric, `${at}.base`, problem);
      if (!isNumber(spec.numerator)) return void problem(`${at}.numerator`, "应为不小于 0 的数", "expected a number of 0 or more");
      if (!isNumber(spec.denominator) || spec.denominator === 0) return void problem(`${at}.denominator`, "应为大于 0 的数", "expected a number above 0");
      if (!column || !base) return undefined;
      return {
        threshold: { numerator: spec.numerator, denominator: spec.denominator },
        check: (s, { threshold }) => rateAtLeast(read(s, column.name), read(s, base.name), threshold as { numerator: number; denominator: number }, UNITS[column.unit!]),
      };
    }
    case "withinRange": {
      const column = columnOf(kind, spec.field, numeric, `${at}.field`, problem);
      if (!isNumber(spec.min) || !isNumber(spec.max) || spec.max < spec.min) return void problem(`${at}.max`, "min 和 max 应为数，且 min ≤ max", "min and max must be numbers with min ≤ max");
      if (!column) return undefined;
      return { threshold: { min: spec.min, max: spec.max }, check: (s, { threshold }) => withinRange(read(s, column.name), (threshold as { min: number }).min, (threshold as { max: number }).max, UNITS[column.unit!]) };
    }
    case "isTrue": {
      const column = columnOf(kind, spec.field, ["boolean"], `${at}.field`, problem);
      return column && { threshold: { present: true }, check: (s) => isTrue(read(s, column.name)) };
    }
    case "allTrue": {
      const fields = Array.isArray(spec.fields) && spec.fields.length > 0 ? spec.fields.map((f, i) => columnOf(kind, f, ["boolean"], `${at}.fields[${i}]`, problem)) : [];
      if (fields.length === 0) return void problem(`${at}.fields`, "至少要有一个是/否字段", "needs at least one yes/no field");
      if (fields.some((f) => f === undefined)) return undefined;
      return { threshold: { all: fields.length }, check: (s) => allTrue(fields.map((f) => [read<boolean>(s, f!.name), { zh: fieldLabel(f!.name), en: f!.name }] as const)) };
    }
    case "oneOf": {
      const column = columnOf(kind, spec.field, ["enum"], `${at}.field`, problem);
      if (!column) return undefined;
      if (!Array.isArray(spec.values) || spec.values.length === 0 || !spec.values.every((v) => column.values!.includes(v))) {
        return void problem(`${at}.values`, `应为由 ${column.values!.join("、")} 组成的非空列表`, `expected a non-empty list of ${column.values!.join(", ")}`);
      }
      return { threshold: { values: spec.values }, check: (s, { threshold }) => oneOf(read<string>(s, column.name), (threshold as { values: string[] }).values) };
    }
    case "everyYear": {
      const column = columnOf(kind, spec.field, ["dates"], `${at}.field`, problem);
      const perYear = spec.perYear ?? 1;
      if (!Number.isInteger(perYear) || (perYear as number) < 1) return void problem(`${at}.perYear`, "应为不小于 1 的整数", "expected a whole number of 1 or more");
      return column && { threshold: { perYear }, check: (s, { threshold }, { asOf, document }) => everyYear(read<string[]>(s, column.name), asOf, document.inForce, (threshold as { perYear: number }).perYear) };
    }
    default:
      problem(`${at}.kind`, "应为 atLeast、roomArea、rateAtLeast、withinRange、isTrue、allTrue、oneOf、everyYear 之一", "expected one of atLeast, roomArea, rateAtLeast, withinRange, isTrue, allTrue, oneOf, everyYear");
      return undefined;
  }
}

/**
 * A local document written as JSON (no code: what an office can write and the command line loads
 * with `--rules`): its metadata, its text, and rules whose `check` is one of the library's checks
 * over fields of the flat format (`{ "kind": "rateAtLeast", "field": "volunteers", "base":
 * "population", "numerator": 5, "denominator": 100 }`). Checked like `defineDocument`; every
 * problem is named at its path in a SubjectValidationError.
 *
 * @example documentFromJson(JSON.parse(readFileSync("examples/local-document.json", "utf8")))
 */
export function documentFromJson(json: unknown): LocalDocument {
  const problems: InputProblem[] = [];
  const problem: Problem = (path, zh, en) => problems.push({ path: path.replace(/^\./, ""), message: { zh, en } });
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    problem("", "应为 { document, text, rules } 对象", "expected an object { document, text, rules }");
    throw new SubjectValidationError(problems);
  }
  const { rules, document, ...rest } = json as { rules?: unknown; document?: { id?: unknown } };
  const built = Array.isArray(rules)
    ? rules.map((rule: Spec | null, i) => {
        if (rule === null || typeof rule !== "object" || rule.check === null || typeof rule.check !== "object") return { ...rule, check: undefined };
        const made = SUBJECT_KIND_OK(rule.subject) ? checkOf(rule.subject, rule.check as Spec, `rules[${i}].check`, problem) : undefined;
        return { ...rule, document: document?.id, ...(made ?? { check: undefined, threshold: {} }) };
      })
    : rules;
  const checked = checkLocalDocument({ ...rest, document, rules: built }, "", (path, zh, en) => {
    // A check the JSON did not give a kind the library knows is already named above.
    if (!(/\.check$/.test(path) && problems.some((p) => p.path.startsWith(path.replace(/^\./, ""))))) problem(path, zh, en);
  }, builtInBook);
  if (checked === undefined || problems.length > 0) throw new SubjectValidationError(problems);
  return checked;
}
