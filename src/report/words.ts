import { ENUM_LABELS } from "../labels/enumLabels";
import { STATUS_LABELS } from "../labels/statusLabels";
import type { FileProblem, Finding, Language, Modality, Report, Status, StatusCounts, SubjectKind } from "../types";
import { UNIT_TEXT } from "../measure/units";

export type Lang = Language;

/** The order statuses are counted and shown in. */
export const STATUSES: readonly Status[] = ["pass", "fail", "pending", "insufficient-data", "info", "not-applicable"];

export const statusWord = (status: Status, lang: Lang) => STATUS_LABELS[status][lang];
export const kindWord = (kind: SubjectKind, lang: Lang) => ENUM_LABELS.kind[kind][lang];
export const modalityWord = (modality: Modality, lang: Lang) => ENUM_LABELS.modality[modality][lang];
export const unitWord = (f: Finding, lang: Lang) => (f.required?.unit ? UNIT_TEXT[f.required.unit][lang] : "");

/** A subject as a person names it: its name beside its id path where it has one. */
export function subjectWords(subject: { path: readonly string[]; name?: string }, lang: Lang): string {
  const path = subject.path.join(" › ");
  if (subject.name === undefined) return path;
  return lang === "zh" ? `${subject.name}（${path}）` : `${subject.name} (${path})`;
}

/**
 * The verdict on a set of findings in one word: fails first, then what is pending, then missing
 * data, since a subject with gaps in its data is not shown to comply.
 */
export function overallStatus(counts: StatusCounts): Status {
  if (counts.fail > 0) return "fail";
  if (counts.pending > 0) return "pending";
  if (counts["insufficient-data"] > 0) return "insufficient-data";
  if (counts.pass > 0) return "pass";
  return counts.info > 0 ? "info" : "not-applicable";
}

/** What a subject read from a row with bad cells is called beside its verdict. */
export const INPUT_PROBLEM_WORD: Readonly<Record<Lang, string>> = { zh: "数据有误", en: "input problem" };

/** Where a problem is, as a person reads it: 人口（population） in Chinese, population in English. */
export function problemColumn(p: FileProblem, lang: Lang): string {
  return p.label && lang === "zh" && p.label !== p.column ? `${p.label}（${p.column}）` : p.column;
}

/** The closing line: how many subjects, findings per status and input problems. */
export function summaryLine(subjects: number, counts: StatusCounts, problems: number, lang: Lang): string {
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  if (lang === "zh") {
    const parts = STATUSES.map((s) => `${statusWord(s, "zh")} ${counts[s]}`).join("，");
    return `共 ${subjects} 个主体，${total} 条结论：${parts}${problems > 0 ? `；输入问题 ${problems} 处` : ""}`;
  }
  return `${subjects} subjects, ${total} findings: ${STATUSES.map((s) => `${counts[s]} ${s}`).join(", ")}${problems > 0 ? `; ${problems} input problems` : ""}`;
}

/**
 * How many subjects a report speaks of: a street with its ten communities is eleven. Findings come
 * subject by subject, so a subject is counted where the path changes.
 *
 * @example subjectCount(evaluate(streetWithTenCommunities)) // 11
 */
export function subjectCount(report: Report): number {
  let count = 0;
  let last: readonly string[] | undefined;
  for (const { subject } of report.findings) {
    const path = subject.path;
    if (last !== undefined && samePath(path, last)) continue;
    count += 1;
    last = path;
  }
  return count;
}

/**
 * Whether two id paths name the same subject: what counting subjects as their findings come needs.
 *
 * @example samePath(["s", "c1"], ["s", "c1"]) // true
 */
export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((part, i) => part === b[i]));
}

/** The findings of a report grouped by subject, in order: one entry per subject of the tree. */
export function bySubject(report: Report): { subject: Finding["subject"]; findings: Finding[] }[] {
  const groups = new Map<string, { subject: Finding["subject"]; findings: Finding[] }>();
  for (const f of report.findings) {
    const key = JSON.stringify(f.subject.path);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { subject: f.subject, findings: [] }));
    group.findings.push(f);
  }
  return [...groups.values()];
}
