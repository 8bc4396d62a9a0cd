import { parseArgs } from "node:util";
import { evaluateSubject, summarize } from "../engine/evaluateSubject";
import { resolveOptions } from "../engine/resolveOptions";
import type { DocumentId, Report, Status } from "../types";
import { type Item, type Problem, csvItems, exampleItems, jsonItems } from "./sources";
import { type Lang, type Writer, csvWriter, jsonWriter, tableWriter } from "./writers";

const USAGE = `Usage: community-standards check [file.csv|file.json] [options]

Checks communities, streets, districts, cities and housing projects against the standards of the
five documents. Without a file, checks the embedded examples.

Options:
  --as-of YYYY-MM-DD     the day to check on (default: today; the examples' own days without a file)
  --documents a,b        document ids to apply (default: by each subject's jurisdiction)
  --format table|json|csv   (default: table)
  --lang zh|en           message language (default: zh)
  --only-failures        list only failed standards
  --exit-zero            exit 0 even when a standard fails (a demonstration, not a gate)
  -h, --help

Exit codes: 0 nothing fails, 1 a standard fails, 2 unreadable or invalid input.`;

export const EXIT = { ok: 0, failed: 1, invalid: 2 } as const;

export interface Io {
  /** May return a promise: the caller waits for it (backpressure). */
  out: (text: string) => void | Promise<void>;
  err: (text: string) => void;
  outIsTerminal: boolean;
  errIsTerminal: boolean;
}

const STATUSES: readonly Status[] = ["pass", "fail", "pending", "insufficient-data", "info", "not-applicable"];

function itemsOf(file: string | undefined, onRow: (row: number) => void): AsyncGenerator<Item> {
  if (file === undefined) return exampleItems();
  if (/\.json$/i.test(file)) return jsonItems(file);
  return csvItems(file, onRow);
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        documents: { type: "string" },
        format: { type: "string", default: "table" },
        lang: { type: "string", default: "zh" },
        "only-failures": { type: "boolean", default: false },
        "exit-zero": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.invalid;
  }
  const { values, positionals } = parsed;
  if (values.help) return await io.out(`${USAGE}\n`), EXIT.ok;
  const [command, file, ...extra] = positionals;
  const problems: string[] = [];
  if (command !== "check") problems.push(command === undefined ? "missing command: check" : `unknown command: ${command}`);
  if (extra.length > 0) problems.push(`one file at a time, received also: ${extra.join(" ")}`);
  if (!["table", "json", "csv"].includes(values.format)) problems.push(`--format: expected table, json or csv, received ${values.format}`);
  if (!["zh", "en"].includes(values.lang)) problems.push(`--lang: expected zh or en, received ${values.lang}`);
  const documents = values.documents?.split(",").map((d) => d.trim()).filter((d) => d !== "") as DocumentId[] | undefined;
  const resolved = resolveOptions({ ...(values["as-of"] !== undefined && { asOf: values["as-of"] }), ...(documents && { documents }) });
  problems.push(...resolved.problems.map((p) => `--${p.path.replace(/\[\d+\]$/, "").replace("asOf", "as-of")}: ${p.message}`));
  if (problems.length > 0) {
    io.err(`${problems.join("\n")}\n\n${USAGE}\n`);
    return EXIT.invalid;
  }

  const lang = values.lang as Lang;
  const writer: Writer = values.format === "json" ? jsonWriter() : values.format === "csv" ? csvWriter(lang) : tableWriter(lang, io.outIsTerminal);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const inputProblems: Problem[] = [];
  let subjects = 0;
  const progress = (row: number) => {
    if (io.errIsTerminal && row % 1000 === 0) io.err(`\rchecked ${row} rows…`);
  };

  await io.out(writer.start());
  try {
    for await (const item of itemsOf(file, progress)) {
      if ("problems" in item) {
        inputProblems.push(...item.problems);
        continue;
      }
      subjects += 1;
      const report: Report = evaluateSubject(item.subject, { asOf: values["as-of"] === undefined && item.asOf ? item.asOf : resolved.asOf, documents: resolved.documents });
      for (const f of report.findings) counts[f.status] += 1;
      const shown = values["only-failures"] ? { ...report, findings: report.findings.filter((f) => f.status === "fail") } : report;
      if (values["only-failures"]) shown.summary = summarize(shown.findings);
      await io.out(writer.report(shown));
    }
  } catch (error) {
    inputProblems.push({ file: file ?? "", row: 0, column: "", message: (error as Error).message });
  }
  await io.out(writer.end());
  if (io.errIsTerminal) io.err("\r\x1b[K");

  for (const p of inputProblems) io.err(`${p.file}:${p.row}${p.column ? `:${p.column}` : ""}: ${p.message}\n`);
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  const summary = `${subjects} subjects, ${total} findings: ${STATUSES.map((s) => `${counts[s]} ${s}`).join(", ")}${inputProblems.length > 0 ? `; ${inputProblems.length} input problems` : ""}`;
  // The summary goes where people read it: after the table, or on stderr so JSON and CSV stay clean.
  if (values.format === "table") await io.out(`\n${summary}\n`);
  else io.err(`${summary}\n`);

  if (inputProblems.length > 0) return EXIT.invalid;
  if (counts.fail > 0 && !values["exit-zero"]) return EXIT.failed;
  return EXIT.ok;
}
