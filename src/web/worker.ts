// The page's worker: reads the file, checks it and writes the reports with the library's own code
// (the readers of src/read, the engine, the writers of src/report), so the page stays responsive
// and nothing is implemented twice. It keeps the subjects it read, not their reports: a finding's
// details and the downloads are worked out again when asked for, so memory holds a row per subject.
import ExcelJS from "exceljs";
import { evaluateSubject } from "../engine/evaluateSubject";
import { resolveOptions } from "../engine/resolveOptions";
import { reasonSteps } from "../engine/reasonSteps";
import { type Within, planFor } from "../engine/plan";
import { csvItems } from "../read/csvItems";
import { jsonItems } from "../read/jsonItems";
import type { Item, Problem } from "../read/tableItems";
import type { ByteSource } from "../read/xlsx/zip";
import { xlsxItems } from "../read/xlsxItems";
import { templateWorkbook } from "../report/template";
import { csvWriter } from "../report/writers";
import { StreamedWorkbook } from "../report/streamedWorkbook";
import { type ReportWorkbook, XlsxReport } from "../report/xlsxReport";
import type { Subject } from "../schema/subject";
import type { DocumentId, Report } from "../types";
import { builtInBook } from "../../rules";
import { subjectSummaries } from "../report/subjectSummaries";
import type { RuleBook } from "../rule/ruleBook";
import type { Answer, Counts, Request, RuleTally, SubjectRow } from "./protocol";
import { MAX_XLSX_FINDINGS } from "./limits";

const post = (answer: Answer, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(answer, transfer);
const zero = (): Counts => ({ pass: 0, fail: 0, pending: 0, "not-applicable": 0, "insufficient-data": 0, info: 0, total: 0 });

/** What was last checked: enough to check it again for a finding's details or a download. */
let last:
  | {
      file: File;
      options: { book: RuleBook; asOf: string; documents: DocumentId[] | undefined };
      subjects: { subject: Subject; within?: Within; flaws?: Problem[] }[];
      /** The input in its order: a subject (by its index) or the problems of a row that gave none, as the reports list them. */
      sequence: ({ subject: number } | { problems: Problem[] })[];
      /** How many findings the check gave: what an .xlsx download would hold. */
      findings: number;
    }
  | undefined;

/** A file's bytes, chunk by chunk, counted for the progress bar. */
async function* chunksOf(file: File, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    bytes += value.byteLength;
    onBytes(bytes);
    yield value;
  }
}

/** A file the clerk chose, read at any offset: the workbook reader reads its zip's directory and then each part it needs. */
const blobSource = (file: Blob): ByteSource => ({
  size: file.size,
  read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
});

/** The subjects of a file, or its problems and notes, by its extension, as the command line reads them. */
async function* itemsOf(file: File, onProgress: (rows: number, bytes: number) => void): AsyncGenerator<Item> {
  let rows = 0;
  let bytes = 0;
  const onRow = (row: number) => {
    rows = row;
    if (row % 500 === 0) onProgress(rows, bytes);
  };
  const onBytes = (read: number) => void (bytes = read);
  if (/\.json$/i.test(file.name)) return yield* jsonItems(file.name, chunksOf(file, onBytes));
  if (/\.csv$/i.test(file.name) || /\.txt$/i.test(file.name)) return yield* csvItems(file.name, chunksOf(file, onBytes), onRow);
  if (/\.(et|xls)$/i.test(file.name)) {
    return void (yield { problems: [{ file: file.name, row: 0, column: "", message: /\.et$/i.test(file.name) ? { zh: "WPS 表格（.et）文件请先“另存为”Excel 工作簿（.xlsx）", en: "save a WPS .et file as an Excel workbook (.xlsx) first" } : { zh: "旧版 .xls 文件请先另存为 .xlsx", en: "save an old .xls file as .xlsx first" } }] });
  }
  bytes = file.size;
  yield* xlsxItems(file.name, blobSource(file), undefined, onRow);
}

/** The last file's reports, checked again one at a time, with their rows' problems, and the problems of rows that gave no subject, in the input's order. */
function* reportsOf(checked: NonNullable<typeof last>): Generator<{ report: Report; flaws?: Problem[] } | { problems: Problem[] }> {
  for (const entry of checked.sequence) {
    if ("problems" in entry) yield entry;
    else {
      const { subject, within, flaws } = checked.subjects[entry.subject]!;
      yield { report: evaluateSubject(subject, checked.options, within), ...(flaws && { flaws }) };
    }
  }
}

async function check(file: File, asOf: string | undefined, documents: DocumentId[] | undefined): Promise<void> {
  const started = performance.now();
  const resolved = resolveOptions({ ...(asOf !== undefined && { asOf }), ...(documents !== undefined && { documents }) }, builtInBook);
  if (resolved.problems.length > 0) return post({ type: "failed", message: { zh: resolved.problems.map((p) => `${p.path}: ${p.message.zh}`).join("；"), en: resolved.problems.map((p) => `${p.path}: ${p.message.en}`).join("; ") } });
  const options = { book: resolved.book, asOf: resolved.asOf, documents: resolved.documents as DocumentId[] | undefined };
  const plan = planFor(options);
  const subjects: NonNullable<typeof last>["subjects"] = [];
  const sequence: NonNullable<typeof last>["sequence"] = [];
  const rows: SubjectRow[] = [];
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const tallies = new Map<string, RuleTally>();
  const counts = zero();
  const used = new Set<string>();
  let lastProgress = 0;
  const progress = (rowsRead: number, bytes: number) => {
    const now = performance.now();
    if (now - lastProgress < 100) return;
    lastProgress = now;
    post({ type: "progress", rows: rowsRead, bytes, total: file.size });
  };
  try {
    for await (const item of itemsOf(file, progress)) {
      if ("notes" in item) {
        notes.push(...item.notes);
        continue;
      }
      if ("problems" in item) {
        problems.push(...item.problems);
        sequence.push({ problems: item.problems });
        continue;
      }
      // The page reads every row: it asks no row to be skipped.
      if ("skipped" in item) continue;
      // A subject read from a row with bad cells: its problems are listed, and it is checked as far as it could be read.
      if (item.flaws) problems.push(...item.flaws);
      const index = subjects.length;
      subjects.push({ subject: item.subject, ...(item.within && { within: item.within }), ...(item.flaws && { flaws: item.flaws }) });
      sequence.push({ subject: index });
      // Counted from the outcomes, with no finding built: a finding's details are worked out when asked for.
      const summaries = subjectSummaries(plan, item.subject, item.within, (rule, status) => {
        counts[status] += 1;
        counts.total += 1;
        let tally = tallies.get(rule.id);
        if (tally === undefined) tallies.set(rule.id, (tally = { ruleId: rule.id, label: rule.label, counts: zero() }));
        tally.counts[status] += 1;
        tally.counts.total += 1;
      });
      for (const d of summaries.documents) used.add(d);
      for (const { subject, counts: own, overall, toFix } of summaries.subjects) {
        rows.push({ item: index, subject, counts: own, overall, flaws: subject.path.length === 1 ? (item.flaws?.length ?? 0) : 0, toFix });
      }
    }
  } catch (error) {
    const reason = (error as Error).message;
    const stopped = { file: file.name, row: 0, column: "", message: { zh: `读取中断：${reason}`, en: `reading stopped: ${reason}` } };
    problems.push(stopped);
    sequence.push({ problems: [stopped] });
  }
  last = { file, options, subjects, sequence, findings: counts.total };
  post({ type: "checked", file: file.name, asOf: options.asOf, documents: [...used], subjects: rows, problems, unread: sequence.flatMap((e) => ("problems" in e ? e.problems : [])), notes, rules: [...tallies.values()], counts, seconds: (performance.now() - started) / 1000 });
}

/**
 * The .xlsx report of the last check: report/xlsxReport's sheets, their rows written as XML as the
 * command line writes them, deflated into the zip as they come (StreamedWorkbook), so memory holds
 * the compressed file and a row per subject, not the workbook's cells.
 */
async function xlsxReport(lang: "zh" | "en"): Promise<Blob> {
  // Deflate's fastest level: 950,000 findings in 22 s and 94 MB, against 34 s and 63 MB at level 6
  // (Chromium, 2026-12-03); the wait is the clerk's, the size only the disk's.
  const book = new StreamedWorkbook(1);
  const { file, options } = last!;
  const report = new XlsxReport(book as unknown as ReportWorkbook, lang, { title: { file: file.name, asOf: options.asOf, ...(options.documents && { documents: options.documents }) }, rowsAsXml: book.rowsAsXml });
  for (const entry of reportsOf(last!)) {
    if ("problems" in entry) report.addProblems(entry.problems);
    else await report.add(entry.report, entry.flaws);
  }
  await report.finish();
  return book.finish();
}

/**
 * The CSV report of the last check, the command line's `--format csv` byte for byte: written from
 * the outcomes (Plan.visit, as the command line writes it) and encoded a subject at a time into a
 * Blob, so no finding is built and no single text holds the whole report.
 */
function csvReport(lang: "zh" | "en"): Blob {
  const checked = last!;
  const writer = csvWriter(lang);
  const plan = planFor(checked.options);
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [encoder.encode(writer.start())];
  for (const entry of checked.sequence) {
    if ("problems" in entry) {
      parts.push(encoder.encode(writer.problems(entry.problems)));
      continue;
    }
    const { subject, within, flaws } = checked.subjects[entry.subject]!;
    parts.push(encoder.encode(writer.subject(plan, subject, within, flaws)));
  }
  parts.push(encoder.encode(writer.end()));
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

/** The bytes of what exceljs writes (its browser build gives a Buffer polyfill), as an ArrayBuffer a Blob takes. */
const arrayBufferOf = (bytes: ArrayBuffer | Uint8Array): ArrayBuffer => (bytes instanceof ArrayBuffer ? bytes : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));

const baseName = (name: string) => name.replace(/\.[^.]*$/, "");

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  try {
    if (request.type === "check") return await check(request.file, request.asOf, request.documents);
    if (request.type === "template") {
      const bytes = new Blob([arrayBufferOf((await templateWorkbook(ExcelJS.Workbook).xlsx.writeBuffer()) as ArrayBuffer | Uint8Array)]);
      return post({ type: "file", name: "社区建设标准填报模板.xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes });
    }
    if (last === undefined) return post({ type: "failed", message: { zh: "请先选择文件并核查", en: "choose a file and check it first" } });
    if (request.type === "detail") {
      const entry = last.subjects[request.item]!;
      return post({ type: "detail", item: request.item, report: evaluateSubject(entry.subject, { ...last.options, explain: reasonSteps }, entry.within) });
    }
    const words = request.lang === "zh" ? "核查报告" : "report";
    if (request.format === "csv") {
      return post({ type: "file", name: `${baseName(last.file.name)}-${words}.csv`, mime: "text/csv;charset=utf-8", bytes: csvReport(request.lang) });
    }
    if (last.findings > MAX_XLSX_FINDINGS) {
      const n = last.findings.toLocaleString("en-US");
      const max = MAX_XLSX_FINDINGS.toLocaleString("en-US");
      return post({
        type: "failed",
        message: {
          zh: `报告有 ${n} 条结论，网页最多生成 ${max} 条结论的 .xlsx 报告（再多要等好几分钟，文件也大得难以打开）。请点“下载 CSV”（不限大小，可用 WPS 或 Excel 打开），或分成几个文件核查，或用命令行生成 .xlsx 报告`,
          en: `the report has ${n} findings; the page writes .xlsx reports of up to ${max} (more would take many minutes and give a file too large to open comfortably). Use Download CSV (no limit; WPS and Excel open it), check the file in parts, or write the .xlsx with the command line`,
        },
      });
    }
    const bytes = await xlsxReport(request.lang);
    post({ type: "file", name: `${baseName(last.file.name)}-${words}.xlsx`, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes });
  } catch (error) {
    post({ type: "failed", message: { zh: `出错：${(error as Error).message}`, en: `error: ${(error as Error).message}` } });
  }
};

