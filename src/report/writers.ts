import { neutralizeFormula } from "../csv/neutralizeFormula";
import { toCsvCell, toCsvLine } from "../csv/toCsvLine";
import { displayWidth, padDisplay } from "../format/displayWidth";
import { formatRequirement } from "../format/formatRequirement";
import { articleWords, documentWords } from "../labels/documentWords";
import { measuredWord } from "../labels/measuredWord";
import { STATUS_SHORT_EN } from "../labels/statusLabels";
import { partsOf } from "../engine/findingOf";
import { messageIn } from "../engine/message";
import type { Plan, Step, Within } from "../engine/plan";
import type { Rule } from "../rule/rule";
import { lineMemo } from "./lineMemo";
import type { Subject } from "../schema/subject";
import type { Outcome } from "../measure/outcome";
import type { AnyDocumentId, FileProblem, Finding, FindingSubject, Modality, Report, Requirement, Status } from "../types";
import { INPUT_PROBLEM_WORD, type Lang, STATUSES, bySubject, kindWord, modalityWord, problemColumn, samePath, statusWord, subjectWords } from "./words";

export type { Lang } from "./words";

/**
 * Turns reports into text, a report at a time. A report of a subject read from a row with bad
 * cells comes with their problems (`flaws`); problems of rows that gave no subject come alone.
 */
export interface Writer {
  start(): string;
  report(report: Report, flaws?: readonly FileProblem[]): string;
  problems(problems: readonly FileProblem[]): string;
  end(): string;
}

// The English table keeps its capitals, which stand out in a terminal.
const tableWord = (status: Status, lang: Lang) => (lang === "en" ? STATUS_SHORT_EN[status] : statusWord(status, lang));

const COLOR: Record<Status, string> = { pass: "32", fail: "31", pending: "33", "not-applicable": "90", "insufficient-data": "35", info: "36" };

const CSV_HEADER: Record<Lang, readonly string[]> = {
  zh: ["主体", "名称", "类型", "规则", "结论", "约束性", "实测", "要求", "差额", "期限", "文件", "条款", "说明"],
  en: ["subject", "name", "kind", "rule", "status", "modality", "measured", "required", "shortfall", "due", "document", "article", "message"],
};

// Data from the input (ids, names) may start with = or @: neutralized so a spreadsheet shows it as text.
const text = (value: string | undefined) => neutralizeFormula(value ?? "");

/**
 * The CSV writer, which also writes a finding's line straight from the plan's outcome (`outcome`,
 * with `Plan.visit`), building no finding: the same line, cell for cell, as `report` writes.
 */
export interface CsvWriter extends Writer {
  outcome(where: FindingSubject, step: Step, status: Status, outcome: Outcome): string;
  /**
   * A subject tree's lines from the plan's outcomes, then its row's input problems: what `report`
   * writes from its full report. `keep` hears each outcome and says whether its line is written.
   */
  subject(plan: Plan, root: Subject, within: Within | undefined, flaws: readonly FileProblem[] | undefined, keep?: (where: FindingSubject, status: Status) => boolean): string;
  /** The same lines as `subject`, put into `sink` as they come: a line written before goes as its bytes. */
  subjectInto(sink: LineSink, plan: Plan, root: Subject, within: Within | undefined, flaws: readonly FileProblem[] | undefined, keep?: (where: FindingSubject, status: Status) => boolean): void;
}

/**
 * Where a writer puts lines piece by piece: a text, or the bytes of one put before (`encode` gives
 * them, where the runtime encodes fastest: Node's TextEncoder took six times Buffer.from).
 */
export interface LineSink {
  text(text: string): void;
  bytes(bytes: Uint8Array): void;
  encode(text: string): Uint8Array;
}

/** Text put again and again (a subject's cells, a line's end), with its bytes once they are asked for. */
interface Piece {
  readonly text: string;
  bytes?: Uint8Array;
  seen?: boolean;
}

/** Findings as CSV for spreadsheets, one per line, UTF-8 with a BOM so Excel and WPS show Chinese. */
export function csvWriter(lang: Lang): CsvWriter {
  // Findings come subject by subject, and every subject meets the same rules: the cells a subject's
  // findings share (path, name, kind) and those a rule's share (id; due, document, article) are
  // written once and reused while they stay the same.
  let subject: { path: readonly string[]; name: string | undefined; kind: string; cells: Piece } | undefined;
  const rules = new Map<string, { due: string | null; document: string; article: string; head: string; tail: string }>();
  const subjectCells = ({ path, name, kind }: FindingSubject) => {
    if (subject === undefined || subject.name !== name || subject.kind !== kind || !samePath(path, subject.path)) {
      const cells = toCsvLine([text(path.join("/")), text(name), lang === "zh" ? kindWord(kind, lang) : kind]);
      subject = { path: [...path], name, kind, cells: { text: `${cells},` } };
    }
    return subject.cells;
  };
  const ruleCells = (ruleId: string, due: string | null, documentId: AnyDocumentId, title: string, article: string) => {
    let rule = rules.get(ruleId);
    if (rule === undefined || rule.due !== due || rule.document !== documentId || rule.article !== article) {
      // A local document's id, article and label are the user's text too: neutralized like the input's.
      const document = lang === "zh" ? documentWords(documentId, title, lang) : documentId;
      rule = { due, document: documentId, article, head: `${toCsvCell(text(ruleId))},`, tail: `,${toCsvLine([due, text(document), text(articleWords(article, lang))])},` };
      rules.set(ruleId, rule);
    }
    return rule;
  };
  // A finding's line after its subject's cells and its rule's id.
  const lineBody = (rule: { tail: string }, status: Status, modality: Modality, measured: Finding["measured"], required: Requirement | null, shortfall: Finding["shortfall"], message: string) =>
    toCsvCell(statusWord(status, lang)) + "," + toCsvCell(modalityWord(modality, lang)) + "," +
    toCsvCell(measuredWord(measured, lang)) + "," + toCsvCell(formatRequirement(required, lang)) + "," +
    toCsvCell(shortfall) + rule.tail + toCsvCell(text(message)) + "\r\n";
  const line = (where: FindingSubject, rule: { head: string; tail: string }, status: Status, modality: Modality, measured: Finding["measured"], required: Requirement | null, shortfall: Finding["shortfall"], message: string) =>
    subjectCells(where).text + rule.head + lineBody(rule, status, modality, measured, required, shortfall, message);
  // A problem as a line of the same columns: 结论 数据有误, the column in 规则's place, the file and row in 说明.
  const problemLine = (p: FileProblem, subject?: Report["subject"]) =>
    `${toCsvLine([text(subject?.path.join("/")), text(subject?.name), subject ? (lang === "zh" ? kindWord(subject.kind, lang) : subject.kind) : "", text(problemColumn(p, lang)), INPUT_PROBLEM_WORD[lang], "", "", "", "", "", "", "", text(`${p.file} ${lang === "zh" ? `第 ${p.row} 行` : `row ${p.row}`}：${p.message[lang]}`)])}\r\n`;
  const flaws = (list: readonly FileProblem[] | undefined, subject: Report["subject"]) => {
    let lines = "";
    for (const p of list ?? []) lines += problemLine(p, subject);
    return lines;
  };
  // A line past its subject's cells is made of the rule, its cells and the outcome's parts: kept
  // per rule and written again for each subject with the same ones.
  const ends = lineMemo<Rule, Piece>();
  const lineEnd = ({ rule, document }: Step, status: Status, result: Outcome): Piece => {
    const [parts, detail] = partsOf(rule, status, result);
    const cells = ruleCells(rule.id, parts.due, rule.document, document.title, rule.article);
    const key = { cells, parts, detail };
    return ends.find(rule, key) ?? ends.keep(rule, key, { text: cells.head + lineBody(cells, status, rule.modality, parts.measured, parts.required, parts.shortfall, messageIn(parts, rule.label, detail, lang)) });
  };
  const outcome: CsvWriter["outcome"] = (where, step, status, result) => subjectCells(where).text + lineEnd(step, status, result).text;
  return {
    start: () => `\uFEFF${toCsvLine(CSV_HEADER[lang])}\r\n`,
    problems: (problems) => problems.map((p) => problemLine(p)).join(""),
    report: (r, list) => {
      let lines = "";
      for (const f of r.findings) {
        const rule = ruleCells(f.ruleId, f.due, f.document, f.citation.title, f.citation.article);
        lines += line(f.subject, rule, f.status, f.modality, f.measured, f.required, f.shortfall, f.message[lang]);
      }
      return lines + flaws(list, r.subject);
    },
    outcome,
    subject: (plan, root, within, list, keep) => {
      let lines = "";
      const head = plan.visit(root, within, (where, step, status, result) => {
        if (keep === undefined || keep(where, status)) lines += outcome(where, step, status, result);
      });
      return lines + flaws(list, head.subject);
    },
    // Most lines are written again for subject after subject: copying their bytes is three times
    // faster than encoding their text. A line new to the writer joins the text around it, which is
    // encoded in one go: a call to encode for each piece cost more than the copies saved where
    // few lines repeat (decimal areas, every field filled).
    subjectInto: (sink, plan, root, within, list, keep) => {
      let run = "";
      const head = plan.visit(root, within, (where, step, status, result) => {
        if (keep !== undefined && !keep(where, status)) return;
        const cells = subjectCells(where);
        const end = lineEnd(step, status, result);
        if (!end.seen) {
          end.seen = true;
          run += cells.text + end.text;
          return;
        }
        if (run !== "") sink.text(run);
        run = "";
        sink.bytes((cells.bytes ??= sink.encode(cells.text)));
        sink.bytes((end.bytes ??= sink.encode(end.text)));
      });
      if (list !== undefined && list.length > 0) run += flaws(list, head.subject);
      if (run !== "") sink.text(run);
    },
    end: () => "",
  };
}

/** Reports as one JSON array, written a report at a time. */
export function jsonWriter(): Writer {
  let first = true;
  return {
    start: () => "[\n",
    // A report read from a row with bad cells carries them as inputProblems; problems of rows that
    // gave no subject are said on the error stream, as before.
    report: (r, flaws) => {
      const text = `${first ? "" : ",\n"}${JSON.stringify(flaws && flaws.length > 0 ? { ...r, inputProblems: flaws } : r)}`;
      first = false;
      return text;
    },
    problems: () => "",
    end: () => "\n]\n",
  };
}

/** Text from the input as a terminal shows it: control characters (ESC: a fake coloured PASS) written out as \x1b. */
export const printable = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);

function tableLines(f: Finding, lang: Lang, color: boolean, statusWidth: number): string[] {
  const word = padDisplay(tableWord(f.status, lang), statusWidth);
  const status = color ? `\x1b[${COLOR[f.status]}m${word}\x1b[0m` : word;
  const lines = [`  ${status}  ${padDisplay(printable(f.ruleId), 52)} ${padDisplay(printable(articleWords(f.citation.article, lang)), 12)} ${printable(f.message[lang])}`];
  const indent = " ".repeat(statusWidth + 4);
  // Where a standard is not met, the document's own words and what it says follows.
  if (f.status === "fail" || f.status === "pending") lines.push(`${indent}「${printable(f.citation.displayQuote)}」${lang === "zh" ? "——" : " — "}${printable(documentWords(f.document, f.citation.title, lang))}`);
  for (const c of f.consequences) lines.push(`${indent}⚠ ${printable(c[lang])}`);
  for (const s of f.trace ?? []) lines.push(`${indent}· ${printable(s[lang])}`);
  return lines;
}

/** Findings for people: grouped by subject, the status coloured when the output is a terminal, columns aligned for Chinese text. */
export function tableWriter(lang: Lang, color: boolean): Writer {
  const statusWidth = Math.max(...STATUSES.map((s) => displayWidth(tableWord(s, lang))));
  return {
    start: () => "",
    report(r, flaws) {
      const lines: string[] = [];
      for (const { subject, findings } of bySubject(r)) {
        const asOf = lang === "zh" ? `评估日 ${r.asOf}` : `as of ${r.asOf}`;
        lines.push("", `${kindWord(subject.kind, lang)} ${printable(subjectWords(subject, lang))}  (${asOf})`);
        for (const f of findings) lines.push(...tableLines(f, lang, color, statusWidth));
      }
      const word = padDisplay(INPUT_PROBLEM_WORD[lang], statusWidth);
      for (const p of flaws ?? []) lines.push(`  ${color ? `\x1b[1m${word}\x1b[0m` : word}  ${printable(problemColumn(p, lang))}${lang === "zh" ? "：" : ": "}${printable(p.message[lang])}`);
      return lines.length > 0 ? `${lines.join("\n")}\n` : "";
    },
    // The command line says them on the error stream as they come.
    problems: () => "",
    end: () => "",
  };
}
