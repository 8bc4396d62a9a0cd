import { toCsvLine } from "../csv/toCsvLine";
import { displayWidth, padDisplay } from "../format/displayWidth";
import { formatRequirement } from "../format/formatRequirement";
import type { Finding, Report, Status } from "../types";

export type Lang = "zh" | "en";

export interface Writer {
  start(): string;
  report(report: Report): string;
  end(): string;
}

const STATUS_WORD: Record<Status, string> = {
  pass: "PASS",
  fail: "FAIL",
  pending: "PENDING",
  "not-applicable": "N/A",
  "insufficient-data": "DATA",
  info: "INFO",
};
const COLOR: Record<Status, string> = { pass: "32", fail: "31", pending: "33", "not-applicable": "90", "insufficient-data": "35", info: "36" };

const CSV_HEADER = ["subject", "kind", "rule", "status", "modality", "measured", "required", "shortfall", "due", "document", "article", "message"];

/** Findings as CSV for spreadsheets, one per line, UTF-8 with a BOM so Excel shows Chinese. */
export function csvWriter(lang: Lang): Writer {
  return {
    start: () => `\uFEFF${toCsvLine(CSV_HEADER)}\r\n`,
    report: (r) =>
      r.findings
        .map((f) => toCsvLine([f.subject.path.join("/"), f.subject.kind, f.ruleId, f.status, f.modality, f.measured, formatRequirement(f.required), f.shortfall, f.due, f.document, f.citation.article, f.message[lang]]) + "\r\n")
        .join(""),
    end: () => "",
  };
}

/** Reports as one JSON array, written a report at a time. */
export function jsonWriter(): Writer {
  let first = true;
  return {
    start: () => "[\n",
    report: (r) => {
      const text = `${first ? "" : ",\n"}${JSON.stringify(r)}`;
      first = false;
      return text;
    },
    end: () => "\n]\n",
  };
}

function tableLines(f: Finding, lang: Lang, color: boolean, statusWidth: number): string[] {
  const word = padDisplay(STATUS_WORD[f.status], statusWidth);
  const status = color ? `\x1b[${COLOR[f.status]}m${word}\x1b[0m` : word;
  const lines = [`  ${status}  ${padDisplay(f.ruleId, 52)} ${padDisplay(f.citation.article, 12)} ${f.message[lang]}`];
  const indent = " ".repeat(statusWidth + 4);
  // Where a standard is not met, the document's own words and what it says follows.
  if (f.status === "fail" || f.status === "pending") lines.push(`${indent}「${f.citation.quote}」 (${f.document})`);
  for (const c of f.consequences) lines.push(`${indent}⚠ ${c[lang]}`);
  return lines;
}

/** Findings for people: grouped by subject, the status coloured when the output is a terminal, columns aligned for Chinese text. */
export function tableWriter(lang: Lang, color: boolean): Writer {
  const statusWidth = Math.max(...Object.values(STATUS_WORD).map(displayWidth));
  return {
    start: () => "",
    report(r) {
      const lines: string[] = [];
      let current = "";
      for (const f of r.findings) {
        const where = f.subject.path.join(" › ");
        if (where !== current) {
          lines.push("", `${f.subject.kind} ${where}  (${r.asOf})`);
          current = where;
        }
        lines.push(...tableLines(f, lang, color, statusWidth));
      }
      return lines.length > 0 ? `${lines.join("\n")}\n` : "";
    },
    end: () => "",
  };
}
