import { builtInBook } from "../../rules";
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { summarize } from "../engine/evaluateSubject";
import { type Plan, type Within, planFor } from "../engine/plan";
import type { Subject } from "../schema/subject";
import { documentFromJson } from "../authoring/documentFromJson";
import type { LocalDocument } from "../engine/localDocument";
import { reasonSteps } from "../engine/reasonSteps";
import { SubjectValidationError } from "../errors";
import { jsonSyntaxReason } from "../json/jsonSyntaxReason";
import type { InputProblem } from "../schema/describeIssues";
import { type ResolvedOptions, resolveOptions } from "../engine/resolveOptions";
import type { DocumentId, FindingSubject, Report, Status } from "../types";
import { type Item, type Problem, csvItems, exampleItems, jsonItems, xlsxItems } from "./sources";
import type { TableOptions } from "../read/tableItems";
import { templateCsv, templateWorkbook } from "../report/template";
import { excel } from "./excel";
import { samePath, subjectCount, summaryLine } from "../report/words";
import { type CsvWriter, type Lang, type Writer, csvWriter, jsonWriter, printable, tableWriter } from "../report/writers";
import { fileOut } from "./fileOut";
import { OPTIONS } from "./options";
import { OutputError, writeFailure } from "./outputError";
import { type PendingFile, pendingFile } from "./pendingFile";
import { type Place, type Share, newTally, sharedTurns } from "./share";
import { XlsxReport } from "./xlsxReport";

const USAGE: Record<Lang, string> = {
  zh: `用法：community-standards check [文件.xlsx|文件.csv|文件.json] [选项]
      community-standards template --output 模板.xlsx|模板.csv

check    按五份文件的标准检查社区、街道、区、市和住宅项目；不给文件时检查内置示例。
template 写出填报模板（中文表头、每列的单位和说明、下拉列表、示例行）。

选项：
  --as-of YYYY-MM-DD       评估日（默认今天；检查内置示例时用各示例自己的日期）
  --documents a,b          只按这些文件检查（默认按各主体的所属地区）
  --format table|csv|json|xlsx  输出格式（默认 table）；xlsx 须配 --output
  --output 文件            写入文件而不是屏幕（不会覆盖输入文件）
  --sheet 工作表名         读取 .xlsx 的这个工作表（默认第一个有表头的工作表）
  --strict-columns         表头有不认识的列时不检查（默认忽略这些列并提示）
  --lang zh|en             输出语言（默认 zh）
  --only-failures          只列出未达标的结论
  --rules 文件.json        另按本地文件（实施细则）检查，可重复；格式见 examples/local-document.json
  --explain                逐条说明结论的由来（读取的数据、计算、期限），见于表格和 JSON 输出
  --exit-zero              有未达标也以 0 退出（演示用，不作检查关口）
  --threads 1|2            用两个线程检查 CSV 文件并写出 CSV 文件（须 --format csv --output）；两核机器上实测快 0–15%（默认 1）
  -h, --help               显示本说明（--lang en 显示英文）

退出码：0 全部达标或无未达标，1 有未达标，2 输入无法读取或有误。`,
  en: `Usage: community-standards check [file.xlsx|file.csv|file.json] [options]
       community-standards template --output template.xlsx|template.csv

check    Checks communities, streets, districts, cities and housing projects against the standards
         of the five documents. Without a file, checks the embedded examples.
template Writes the input template (Chinese headers, each column's unit and meaning, drop-down
         lists, example rows).

Options:
  --as-of YYYY-MM-DD     the day to check on (default: today; the examples' own days without a file)
  --documents a,b        document ids to apply (default: by each subject's jurisdiction)
  --format table|csv|json|xlsx   (default: table); xlsx needs --output
  --output FILE          write to a file instead of the screen (never the input file)
  --sheet NAME           the worksheet of an .xlsx file to read (default: the first with a header)
  --strict-columns       refuse a header with columns the library does not know (default: ignore them, with a note)
  --lang zh|en           output language (default: zh)
  --only-failures        list only failed standards
  --rules file.json      also check against a local document (JSON, see examples/local-document.json); repeatable
  --explain              show how each finding came about (inputs, arithmetic, dates), in the table and JSON output
  --exit-zero            exit 0 even when a standard fails (a demonstration, not a gate)
  --threads 1|2          check a CSV file into a CSV file (with --format csv --output) on two threads: 0-15% faster on two cores, as measured (default 1)
  -h, --help             this text (in Chinese with --lang zh)

Exit codes: 0 nothing fails, 1 a standard fails, 2 unreadable or invalid input.`,
};

export const EXIT = { ok: 0, failed: 1, invalid: 2 } as const;

export interface Io {
  /** May return a promise: the caller waits for it (backpressure). */
  out: (text: string) => void | Promise<void>;
  err: (text: string) => void;
  outIsTerminal: boolean;
  errIsTerminal: boolean;
}

const FORMATS = ["table", "json", "csv", "xlsx"];

function itemsOf(file: string | undefined, sheet: string | undefined, onRow: (row: number) => void, options: TableOptions): AsyncGenerator<Item> {
  if (file === undefined) return exampleItems();
  if (/\.json$/i.test(file)) return jsonItems(file);
  if (/\.xls[xm]$/i.test(file)) return xlsxItems(file, sheet, onRow, options);
  return csvItems(file, onRow, options);
}

/** Why an input file cannot be read at all, in both languages, or nothing. */
function unreadable(file: string): { zh: string; en: string } | undefined {
  if (!existsSync(file)) return { zh: `找不到文件：${file}`, en: `no such file: ${file}` };
  if (statSync(file).isDirectory()) return { zh: `这是一个文件夹，不是文件：${file}`, en: `a folder, not a file: ${file}` };
  if (/\.et$/i.test(file)) return { zh: "WPS 表格（.et）文件请先“另存为”Excel 工作簿（.xlsx）", en: "save a WPS .et file as an Excel workbook (.xlsx) first" };
  if (/\.xls$/i.test(file)) return { zh: "旧版 .xls 文件请先另存为 .xlsx", en: "save an old .xls file as .xlsx first" };
  return undefined;
}

/** Why a report cannot be written to `file`, in both languages, or nothing: checked before any input is read. */
function unwritable(file: string): { zh: string; en: string } | undefined {
  const path = resolve(file);
  const folder = dirname(path);
  const writable = (at: string) => {
    try {
      accessSync(at, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (existsSync(path) && statSync(path).isDirectory()) return { zh: `--output 是一个文件夹，不是文件：${file}`, en: `--output is a folder, not a file: ${file}` };
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { zh: `--output 所在的文件夹不存在：${folder}`, en: `--output: no such folder: ${folder}` };
  // The report is written beside the target and renamed over it: both the file and its folder must be writable.
  if ((existsSync(path) && !writable(path)) || !writable(folder)) return { zh: `没有权限写入 --output：${file}`, en: `--output: no permission to write ${file}` };
  return undefined;
}

/** What the command line says of a report it could not write. */
function notWrittenLine(output: string, error: { code?: string; message: string }, lang: Lang): string {
  const reason = writeFailure(error, lang);
  return lang === "zh" ? `无法写出 ${resolve(output)}：${reason}` : `cannot write ${resolve(output)}: ${reason}`;
}

/** A local document from a JSON file (`--rules`), or its problems. */
function loadLocalDocument(path: string): { document: LocalDocument } | { problems: InputProblem[] } {
  const message = (zh: string, en: string) => ({ problems: [{ path: "", message: { zh, en } }] });
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return message("无法读取该文件", "cannot read the file");
  }
  try {
    return { document: documentFromJson(JSON.parse(text.replace(/^\uFEFF/, ""))) };
  } catch (error) {
    if (error instanceof SubjectValidationError) return { problems: error.problems };
    const reason = jsonSyntaxReason(error);
    return message(`不是有效的 JSON：${reason.zh}`, `not valid JSON: ${reason.en}`);
  }
}

/**
 * Whether two names are one file: the same device and inode (a hard link, another spelling of the
 * path) or the same real path (a symbolic link). A name that does not exist is no file.
 */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    if (x.ino !== 0 && x.dev === y.dev && x.ino === y.ino) return true;
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Puts a finished file in its target's place; a rename that fails is an OutputError like any write. */
function commit(file: PendingFile): void {
  try {
    file.commit();
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    throw new OutputError(message, code);
  }
}

function problemLine(p: Problem, lang: Lang): string {
  const column = p.label && lang === "zh" && p.label !== p.column ? `${p.label}(${p.column})` : p.column;
  // A header, a file name or an echoed cell is the input's text: never control sequences on a terminal.
  return printable(`${p.file}:${p.row}${column ? `:${column}` : ""}: ${p.message[lang]}`);
}

/**
 * Runs the command line; returns the exit code. With `share`, this is one of two threads of a long
 * CSV check (src/cli/share.ts): the writer prints and writes as one thread would, the helper checks
 * every other batch for it and prints nothing of its own.
 */
export async function main(argv: readonly string[], io: Io, share?: Share): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE.zh}\n`);
    return EXIT.invalid;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === "en" ? "en" : "zh";
  if (values.help) return await io.out(`${USAGE[lang]}\n`), EXIT.ok;
  const [command, file, ...extra] = positionals;
  const problems: string[] = [];
  // The usage text follows a mistake in how the command is written, not one about a file named in it
  // (an output that cannot be written, a local document that is not valid): there it is only noise.
  let showUsage = false;
  const aboutFile = (zh: string, en: string) => problems.push(lang === "zh" ? zh : en);
  const say = (zh: string, en: string) => {
    showUsage = true;
    aboutFile(zh, en);
  };
  const refusal = () => `${problems.map(printable).join("\n")}\n${showUsage ? `\n${USAGE[lang]}\n` : ""}`;
  if (command !== "check" && command !== "template") say(command === undefined ? "缺少命令：check 或 template" : `未知命令：${command}`, command === undefined ? "missing command: check or template" : `unknown command: ${command}`);
  if (extra.length > 0) say(`一次只能检查一个文件，还收到：${extra.join(" ")}`, `one file at a time, received also: ${extra.join(" ")}`);
  if (!FORMATS.includes(values.format)) say(`--format 应为 table、csv、json 或 xlsx，收到 ${values.format}`, `--format: expected table, csv, json or xlsx, received ${values.format}`);
  if (!["1", "2"].includes(values.threads)) say(`--threads 应为 1 或 2，收到 ${values.threads}`, `--threads: expected 1 or 2, received ${values.threads}`);
  if (!["zh", "en"].includes(values.lang)) say(`--lang 应为 zh 或 en，收到 ${values.lang}`, `--lang: expected zh or en, received ${values.lang}`);
  if (values.format === "xlsx" && values.output === undefined) say("--format xlsx 须用 --output 指定文件，如 --output 报告.xlsx", "--format xlsx needs --output, e.g. --output report.xlsx");
  // Nothing named as input is ever opened for writing: not the file checked, not a --rules document.
  if (values.output !== undefined && file !== undefined && sameFile(file, values.output)) aboutFile(`--output 不能是输入文件本身（${file}）`, `--output must not be the input file (${file})`);
  for (const rules of values.rules ?? []) if (values.output !== undefined && sameFile(rules, values.output)) aboutFile(`--output 不能是 --rules 文件本身（${rules}）`, `--output must not be the --rules file (${rules})`);
  const cannotWrite = values.output === undefined ? undefined : unwritable(values.output);
  if (cannotWrite) aboutFile(cannotWrite.zh, cannotWrite.en);
  if (command === "template") {
    if (values.output === undefined) say("template 须用 --output 指定文件，如 --output 模板.xlsx", "template needs --output, e.g. --output template.xlsx");
    if (problems.length > 0) return io.err(refusal()), EXIT.invalid;
    const target = pendingFile(values.output!);
    try {
      if (/\.csv$/i.test(values.output!)) {
        const sink = fileOut(target.path);
        await sink.out(templateCsv());
        await sink.close();
      } else await templateWorkbook(excel().Workbook).xlsx.writeFile(target.path);
      commit(target);
    } catch (error) {
      io.err(`${notWrittenLine(values.output!, error as NodeJS.ErrnoException, lang)}\n`);
      return EXIT.invalid;
    } finally {
      target.discard();
    }
    io.err(`${lang === "zh" ? "已写出模板" : "template written to"} ${resolve(values.output!)}\n`);
    return EXIT.ok;
  }
  const documents = values.documents?.split(",").map((d) => d.trim()).filter((d) => d !== "") as DocumentId[] | undefined;
  // Two threads check on one day, the day the command was given.
  const asOf = values["as-of"] ?? (share && new Date(share.now));
  const resolved = resolveOptions({ ...(asOf !== undefined && { asOf }), ...(documents && { documents }) }, builtInBook);
  for (const p of resolved.problems) {
    const option = `--${p.path.replace(/\[\d+\]$/, "").replace("asOf", "as-of")}`;
    say(`${option}: ${p.message.zh}`, `${option}: ${p.message.en}`);
  }
  const local: LocalDocument[] = [];
  for (const path of values.rules ?? []) {
    const read = loadLocalDocument(path);
    if ("problems" in read) problems.push(...read.problems.map((p) => `--rules ${path}${p.path === "" ? "" : `: ${p.path}`}: ${p.message[lang]}`));
    // The same document twice would be checked twice: refused, as the library refuses it.
    else if (local.some((d) => d.document.id === read.document.document.id)) aboutFile(`--rules ${path}: 文件编号 ${read.document.document.id} 重复（同一文件给了两次？）`, `--rules ${path}: the document id ${read.document.document.id} is given twice`);
    else local.push(read.document);
  }
  if (problems.length > 0) {
    io.err(refusal());
    return EXIT.invalid;
  }
  const cannotRead = file === undefined ? undefined : unreadable(file);
  if (cannotRead) {
    io.err(`${cannotRead[lang]}\n`);
    return EXIT.invalid;
  }

  // The report is written beside --output and renamed over it once complete (src/cli/pendingFile.ts).
  // The helper of a shared check writes no file: its batches go to the writer.
  const target = values.output === undefined || share?.role === 1 ? undefined : pendingFile(values.output);
  if (target?.temporary) share?.pending?.(target.path);
  try {
    return await check(target);
  } finally {
    target?.discard();
  }

  async function check(target: PendingFile | undefined): Promise<number> {
    const sink = target !== undefined && values.format !== "xlsx" ? fileOut(target.path) : undefined;
    const out = sink ? sink.out : io.out;
    // Every printed page names the file checked (by its name, as the page does), the as-of day and the documents.
    const title = { file: file === undefined ? (lang === "zh" ? "内置示例" : "embedded examples") : basename(file), asOf: resolved.asOf, ...(resolved.documents && { documents: resolved.documents }) };
    const xlsx = values.format === "xlsx" ? new XlsxReport(target!.path, lang, undefined, title, local) : undefined;
    const csv: CsvWriter | undefined = values.format === "csv" ? csvWriter(lang) : undefined;
    const writer: Writer | undefined = xlsx ? undefined : values.format === "json" ? jsonWriter() : csv ?? tableWriter(lang, io.outIsTerminal && !sink);
    // Where the report goes: this thread's own place, or (for the helper of a shared check) a batch's.
    const own: Place = { tally: newTally(), out, ...(sink && { sink }), err: io.err };
    const clear = io.errIsTerminal ? "\r\x1b[K" : "";
    // Problems are printed as they come, so a file of a million bad rows holds none of them in memory.
    const reportProblem = (at: Place, p: Problem) => {
      at.tally.inputProblems += 1;
      at.err(`${clear}${problemLine(p, lang)}\n`);
    };
    // The same lines, counts and subjects as a report would give (subjectCount counts paths as they change).
    // Into a file, the lines go as pieces (a line written before as its bytes); to stdout, as text.
    const csvLines = (at: Place, csv: CsvWriter, item: { subject: Subject; within?: Within; flaws?: readonly Problem[] }, plan: Plan) => {
      let last: readonly string[] | undefined;
      let seen = 0;
      const keep = (where: FindingSubject, status: Status) => {
        at.tally.counts[status] += 1;
        if (last === undefined || !samePath(where.path, last)) {
          seen += 1;
          last = where.path;
        }
        return !values["only-failures"] || status === "fail";
      };
      let written: void | Promise<void>;
      if (at.sink) {
        csv.subjectInto(at.sink, plan, item.subject, item.within, item.flaws, keep);
        written = at.sink.ready();
      } else written = at.out(csv.subject(plan, item.subject, item.within, item.flaws, keep));
      at.tally.subjects += Math.max(1, seen);
      return written;
    };
    // Rows differ only in their as-of day (every other option is the command's), and most share
    // one: the last plan is asked for again (planFor's key cost 2% of a long check, and a plan
    // with local documents is compiled anew for each row).
    let lastPlan: { asOf: string; plan: Plan } | undefined;
    const planOf = (options: ResolvedOptions) => {
      if (lastPlan === undefined || lastPlan.asOf !== options.asOf) lastPlan = { asOf: options.asOf, plan: planFor(options) };
      return lastPlan.plan;
    };
    // The helper of a shared check shows no progress: the writer reads every row too.
    const progress = (row: number) => {
      if (io.errIsTerminal && share?.role !== 1 && row % 1000 === 0) io.err(lang === "zh" ? `\r已检查 ${row} 行…` : `\rchecked ${row} rows…`);
    };
    /** One item of the input, into its place. */
    const take = async (at: Place, item: Item) => {
      if ("notes" in item) {
        for (const n of item.notes) at.err(`${clear}${lang === "zh" ? "提示" : "note"}：${problemLine(n, lang)}\n`);
        return;
      }
      if ("problems" in item) {
        for (const p of item.problems) reportProblem(at, p);
        if (xlsx) xlsx.addProblems(item.problems);
        else await at.out(writer!.problems(item.problems));
        return;
      }
      // A row the other thread reads is its to check (turns gives it no place here).
      if ("skipped" in item) return;
      // A subject read from a row with bad cells: its problems are said, and it is checked as far as it could be read.
      for (const p of item.flaws ?? []) reportProblem(at, p);
      const options = {
        book: resolved.book,
        asOf: values["as-of"] === undefined && item.asOf ? item.asOf : resolved.asOf,
        // Local documents join the chosen ones, or bind by their jurisdiction beside the built-in ones.
        documents: resolved.documents && [...resolved.documents, ...local.map((d) => d.document.id)],
        ...(local.length > 0 && { local }),
      };
      // CSV lines are written straight from the outcomes: no finding is built (a CSV shows no explanation).
      if (csv) return csvLines(at, csv, item, planOf(options));
      const report: Report = planOf({ ...options, ...(values.explain && { explain: reasonSteps }) }).report(item.subject, item.within);
      for (const f of report.findings) at.tally.counts[f.status] += 1;
      // A street with its communities is several subjects, each a block of the table.
      at.tally.subjects += Math.max(1, subjectCount(report));
      const shown = values["only-failures"] ? { ...report, findings: report.findings.filter((f) => f.status === "fail") } : report;
      if (values["only-failures"]) shown.summary = summarize(shown.findings);
      if (xlsx) await xlsx.add(shown, item.flaws);
      else await at.out(writer!.report(shown, item.flaws));
    };

    // A report that cannot be written stops the check at once: exit 2, and the reason, not a stack.
    const notWritten = (error: OutputError) => {
      io.err(`${clear}${notWrittenLine(values.output!, error, lang)}\n`);
      return EXIT.invalid;
    };
    const turns = share && sharedTurns(share, own);
    try {
      if (writer) await out(writer.start());
      try {
        let index = 0;
        // Each thread of a shared check reads only its own batches' rows into subjects: the item a
        // row would be is the next one, `index`.
        const skip = turns && (() => !turns.mine(index));
        for await (const item of itemsOf(file, values.sheet, progress, { unknownColumns: values["strict-columns"] ? "refuse" : "ignore", ...(skip && { skip }) })) {
          const at = turns ? await turns.turn(index++) : own;
          if (at) await take(at, item);
        }
      } catch (error) {
        if (error instanceof OutputError) throw error;
        const reason = (error as Error).message;
        const stopped: Problem = { file: file ?? "", row: 0, column: "", message: { zh: `读取中断：${reason}`, en: `reading stopped: ${reason}` } };
        reportProblem(own, stopped);
        if (xlsx) xlsx.addProblems([stopped]);
        else await out(writer!.problems([stopped]));
      } finally {
        await turns?.end();
      }
      if (writer) await out(writer.end());
      await sink?.close();
      await xlsx?.finish();
      if (target) commit(target);
    } catch (error) {
      if (error instanceof OutputError) return notWritten(error);
      throw error;
    }
    if (io.errIsTerminal) io.err("\r\x1b[K");

    const { subjects, inputProblems, counts } = own.tally;
    const summary = summaryLine(subjects, counts, inputProblems, lang);
    // The summary goes where people read it: after the table, or on stderr so JSON and CSV stay clean.
    if (values.format === "table" && !sink) await io.out(`\n${summary}\n`);
    else io.err(`${summary}\n`);
    if (values.output !== undefined) io.err(`${lang === "zh" ? "已写出" : "written to"} ${resolve(values.output)}\n`);

    if (inputProblems > 0) return EXIT.invalid;
    if (counts.fail > 0 && !values["exit-zero"]) return EXIT.failed;
    return EXIT.ok;
  }
}
