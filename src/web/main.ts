// The page: the four tabs, the worker that checks, and what a clerk sees of its answers.
import { documents } from "../../rules";
import { ENUM_LABELS } from "../labels/enumLabels";
import { STATUS_LABELS } from "../labels/statusLabels";
import { formatRequirement } from "../format/formatRequirement";
import { measuredWord } from "../labels/measuredWord";
import type { Problem } from "../read/tableItems";
import { type Lang, STATUSES, unitWord } from "../report/words";
import type { DocumentId, Finding, Report, Status } from "../types";
import { barChart } from "./charts";
import { CALCULATORS, run, sourceOf } from "./calculators";
import { renderCatalogue } from "./catalogue";
import type { Answer, Request, SubjectRow } from "./protocol";
import { type WordKey, WORDS, say } from "./words";

declare const __WORKER__: string;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const h = (tag: string, className?: string, text?: string): HTMLElement => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

let lang: Lang = "zh";
let checked: Extract<Answer, { type: "checked" }> | undefined;
let selected: number | undefined;
let detailReport: Report | undefined;
let sort: { key: string; direction: 1 | -1 } = { key: "order", direction: 1 };

// The worker comes from a blob: a page opened from disk (file://) may not load a worker from a file.
const worker = new Worker(URL.createObjectURL(new Blob([__WORKER__], { type: "text/javascript" })));
const ask = (request: Request) => worker.postMessage(request);

const statusWord = (status: Status | "problem") => (status === "problem" ? say("inputProblem", lang) : STATUS_LABELS[status][lang]);
const badge = (status: Status | "problem") => h("span", `st st-${status}`, statusWord(status));

function setMessage(text: string, error = false): void {
  const box = $("message");
  box.textContent = text;
  box.classList.toggle("error", error);
  // The download buttons sit below the results: what the page says of a download (正在生成报告…, a
  // refusal) is brought into view, as little as it takes.
  if (text !== "") box.scrollIntoView?.({ block: "nearest" });
}

// ----- words -----

function applyWords(): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = say("title", lang);
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]")) node.textContent = say(node.dataset.t as WordKey, lang);
  for (const node of document.querySelectorAll<HTMLInputElement>("[data-tp]")) node.placeholder = say(node.dataset.tp as WordKey, lang);
  $("lang").textContent = lang === "zh" ? "English" : "中文";
  $("steps").replaceChildren(...WORDS.steps[lang === "zh" ? 0 : 1].split("|").map((step) => h("li", "", step.replace(/^\d+\.\s*/, ""))));
  renderDocumentChoices();
  renderCatalogue($("catalogueBody"), $<HTMLInputElement>("search"), $("searchCount"), lang);
  renderCalculators();
  if (checked) renderResults();
  if (detailReport) renderDetail(detailReport);
}

function renderDocumentChoices(): void {
  const box = $("documents");
  const ticked = new Set([...box.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value));
  box.replaceChildren(h("legend", "", say("documents", lang)));
  for (const d of documents) {
    const label = h("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = d.id;
    input.checked = ticked.has(d.id);
    label.append(input, ` ${d.title.length > 18 ? `${d.title.slice(0, 17)}…` : d.title}`);
    label.title = d.title;
    box.append(label);
  }
}

// ----- tabs -----

for (const tab of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) {
  tab.addEventListener("click", () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) {
      other.setAttribute("aria-selected", String(other === tab));
      $(other.dataset.tab!).hidden = other !== tab;
    }
  });
}

// ----- choosing and checking a file -----

let file: File | undefined;
const fileInput = $<HTMLInputElement>("file");
const drop = $("drop");

function choose(chosen: File | undefined): void {
  file = chosen;
  $("fileName").textContent = chosen ? `${chosen.name}（${(chosen.size / 1024).toFixed(1)} KB）` : "";
  $<HTMLButtonElement>("run").disabled = chosen === undefined;
  if (chosen) startCheck();
}

fileInput.addEventListener("change", () => choose(fileInput.files?.[0]));
drop.addEventListener("dragover", (event) => (event.preventDefault(), drop.classList.add("over")));
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  choose(event.dataTransfer?.files[0]);
});
$("form").addEventListener("submit", (event) => (event.preventDefault(), startCheck()));

function startCheck(): void {
  if (!file) return setMessage(say("chooseFirst", lang), true);
  const asOf = $<HTMLInputElement>("asOf").value || undefined;
  const chosen = [...document.querySelectorAll<HTMLInputElement>("#documents input:checked")].map((i) => i.value as DocumentId);
  checked = undefined;
  detailReport = undefined;
  selected = undefined;
  $("results").hidden = true;
  $("detail").hidden = true;
  $("progress").hidden = false;
  setProgress(0, 0, file.size);
  setMessage(say("reading", lang));
  ask({ type: "check", file, asOf, documents: chosen.length > 0 ? chosen : undefined });
}

function setProgress(rows: number, bytes: number, total: number): void {
  const bar = $("progress").querySelector<HTMLElement>(".bar")!;
  bar.style.width = `${total > 0 ? Math.min(100, (bytes / total) * 100) : 0}%`;
  $("progress").querySelector("span")!.textContent = `${say("rowsRead", lang, { rows })}${total > 0 ? ` · ${Math.round((bytes / total) * 100)}%` : ""}`;
}

// ----- answers -----

worker.onmessage = (event: MessageEvent<Answer>) => {
  const answer = event.data;
  if (answer.type === "progress") return setProgress(answer.rows, answer.bytes, answer.total);
  if (answer.type === "failed") {
    $("progress").hidden = true;
    return setMessage(answer.message[lang], true);
  }
  if (answer.type === "checked") {
    checked = answer;
    $("progress").hidden = true;
    setMessage("");
    renderResults();
    return;
  }
  if (answer.type === "detail") {
    detailReport = answer.report;
    return renderDetail(answer.report);
  }
  // A file to download: a blob URL, so nothing leaves the machine.
  setMessage("");
  const url = URL.createObjectURL(new Blob([answer.bytes], { type: answer.mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = answer.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

// A report of many findings takes a while: say so until the file comes.
$("downloadXlsx").addEventListener("click", () => {
  setMessage(say("writing", lang));
  ask({ type: "download", format: "xlsx", lang });
});
$("downloadCsv").addEventListener("click", () => {
  setMessage(say("writing", lang));
  ask({ type: "download", format: "csv", lang });
});
$("downloadTemplate").addEventListener("click", () => ask({ type: "template" }));
$("print").addEventListener("click", () => window.print());

// ----- results -----

/** The rows of the subjects table: each subject, then each input problem's row. */
type TableEntry = { kind: "subject"; row: SubjectRow; order: number } | { kind: "problem"; problem: Problem; order: number };

function entries(): TableEntry[] {
  const list: TableEntry[] = checked!.subjects.map((row, order) => ({ kind: "subject", row, order }));
  // A row that gave no subject is listed with its problem, never left out; a subject read in part is listed as a subject, marked.
  checked!.unread.forEach((problem, i) => list.push({ kind: "problem", problem, order: checked!.subjects.length + i }));
  return list;
}

function renderResults(): void {
  const c = checked!;
  $("results").hidden = false;
  const counts = STATUSES.map((s) => `${statusWord(s)} ${c.counts[s]}`).join(lang === "zh" ? "，" : ", ");
  $("summary").textContent =
    lang === "zh"
      ? `${c.file}：共 ${c.subjects.length} 个主体，${c.counts.total} 条结论：${counts}${c.problems.length > 0 ? `；输入问题 ${c.problems.length} 处` : ""}。评估日 ${c.asOf}。${say("checkedIn", lang, { s: c.seconds.toFixed(2) })}`
      : `${c.file}: ${c.subjects.length} subjects, ${c.counts.total} findings: ${counts}${c.problems.length > 0 ? `; ${c.problems.length} input problems` : ""}. As of ${c.asOf}. ${say("checkedIn", lang, { s: c.seconds.toFixed(2) })}`;
  const titleDocs = c.documents.map((id) => documents.find((d) => d.id === id)?.title ?? id).join("、");
  const title = $("printTitle");
  title.replaceChildren(`${say("title", lang)}：${c.file}`, h("small", "", `${say("asOf", lang)} ${c.asOf} · ${say("documentsUsed", lang)}：${titleDocs} · ${say("printedOn", lang)} ${today()}`));

  // Chart 1: subjects by overall verdict.
  const byOverall = STATUSES.map((s) => ({ label: statusWord(s), parts: [{ status: s, value: c.subjects.filter((r) => r.overall === s).length, title: `${statusWord(s)} ${c.subjects.filter((r) => r.overall === s).length}` }] }));
  $("chartSubjects").replaceChildren(barChart(byOverall.filter((b) => b.parts[0]!.value > 0), 90));
  // Chart 2: each standard, pass against fail, the most failed first.
  const ruleBars = [...c.rules]
    .filter((r) => r.counts.fail + r.counts.pass > 0)
    .sort((a, b) => b.counts.fail - a.counts.fail || b.counts.pass - a.counts.pass)
    .slice(0, 15)
    .map((r) => ({ label: r.label[lang], parts: (["fail", "pass"] as const).map((s) => ({ status: s, value: r.counts[s], title: `${r.ruleId}：${statusWord(s)} ${r.counts[s]}` })) }));
  $("chartRules").replaceChildren(barChart(ruleBars, 190));

  renderProblems();
  renderTable();
  renderToFix();
}

function renderProblems(): void {
  const notes = checked!.notes;
  $("notesBox").hidden = notes.length === 0;
  // A note names its rows in its own words.
  $("notes").replaceChildren(...notes.map((n) => h("li", "", `${n.file}${lang === "zh" ? "：" : ": "}${n.message[lang]}`)));
  const problems = checked!.problems;
  $("problemsBox").hidden = problems.length === 0;
  const table = $("problems");
  table.querySelector("thead")!.replaceChildren(row(["file", "row", "column", "problem"].map((k) => h("th", "", say(k as WordKey, lang)))));
  table.querySelector("tbody")!.replaceChildren(
    ...problems.map((p) => row([h("td", "", p.file), h("td", "num", p.row > 0 ? String(p.row) : "—"), h("td", "", p.label && p.label !== p.column ? `${p.label}（${p.column}）` : p.column || "—"), h("td", "", p.message[lang])])),
  );
}

function row(cells: HTMLElement[]): HTMLElement {
  const tr = h("tr");
  tr.append(...cells);
  return tr;
}

const COLUMNS: { key: string; label: () => string; value: (e: TableEntry) => string | number }[] = [
  { key: "id", label: () => say("subject", lang), value: (e) => (e.kind === "subject" ? e.row.subject.path.join("/") : `${say("row", lang)} ${e.problem.row}`) },
  { key: "name", label: () => say("name", lang), value: (e) => (e.kind === "subject" ? e.row.subject.name ?? "" : e.problem.message[lang]) },
  { key: "kind", label: () => say("kind", lang), value: (e) => (e.kind === "subject" ? ENUM_LABELS.kind[e.row.subject.kind][lang] : "") },
  { key: "overall", label: () => say("overall", lang), value: (e) => (e.kind === "subject" ? STATUSES.indexOf(e.row.overall) : -1) },
  ...(["fail", "pending", "insufficient-data", "pass"] as const).map((s) => ({ key: s, label: () => statusWord(s), value: (e: TableEntry) => (e.kind === "subject" ? e.row.counts[s] : 0) })),
];

/** The most rows the subjects table draws at once. */
const TABLE_ROWS = 1000;

function renderTable(): void {
  const table = $("subjects");
  const statusFilter = $<HTMLSelectElement>("statusFilter");
  const current = statusFilter.value;
  statusFilter.replaceChildren(new Option(say("allStatuses", lang), ""), ...STATUSES.map((s) => new Option(statusWord(s), s)), new Option(say("inputProblem", lang), "problem"));
  statusFilter.value = current;
  const head = row(
    COLUMNS.map((column) => {
      const th = h("th", "", column.label());
      th.dataset.key = column.key;
      if (sort.key === column.key) th.setAttribute("aria-sort", sort.direction === 1 ? "ascending" : "descending");
      th.addEventListener("click", () => {
        sort = { key: column.key, direction: sort.key === column.key ? (-sort.direction as 1 | -1) : column.key === "fail" ? -1 : 1 };
        renderTable();
      });
      return th;
    }),
  );
  table.querySelector("thead")!.replaceChildren(head);
  const query = $<HTMLInputElement>("filter").value.trim().toLowerCase();
  const wanted = statusFilter.value;
  const column = COLUMNS.find((c) => c.key === sort.key);
  const list = entries()
    .filter((e) => (wanted === "" ? true : wanted === "problem" ? e.kind === "problem" || e.row.flaws > 0 : e.kind === "subject" && e.row.overall === wanted))
    .filter((e) => query === "" || `${COLUMNS[0]!.value(e)} ${COLUMNS[1]!.value(e)}`.toLowerCase().includes(query))
    .sort((a, b) => {
      if (!column) return a.order - b.order;
      const x = column.value(a);
      const y = column.value(b);
      return (x < y ? -1 : x > y ? 1 : a.order - b.order) * sort.direction;
    });
  // A table of 100,000 rows crashes a browser tab: the first rows of the sorted, filtered list are
  // drawn, and the clerk finds the others by sorting and filtering, which cover every row.
  $("tableNote").textContent = list.length > TABLE_ROWS ? say("firstRows", lang, { n: TABLE_ROWS, all: list.length }) : "";
  table.querySelector("tbody")!.replaceChildren(
    ...list.slice(0, TABLE_ROWS).map((e) => {
      const tr = row(
        COLUMNS.map((c) => {
          if (c.key === "overall") {
            const td = h("td");
            td.append(badge(e.kind === "subject" ? e.row.overall : "problem"));
            if (e.kind === "subject" && e.row.flaws > 0) td.append(" ", badge("problem"));
            return td;
          }
          const value = c.value(e);
          return h("td", typeof value === "number" ? "num" : "", String(value));
        }),
      );
      if (e.kind === "subject") {
        tr.className = `clickable${selected === e.order ? " selected" : ""}`;
        tr.dataset.order = String(e.order);
        tr.addEventListener("click", () => {
          selected = e.order;
          ask({ type: "detail", item: e.row.item });
          renderTable();
        });
      }
      return tr;
    }),
  );
}

$("filter").addEventListener("input", () => checked && renderTable());
$("statusFilter").addEventListener("change", () => checked && renderTable());

/** A finding's details: the article, the words, the figures, the due date and how it came about. */
function findingBox(f: Finding): HTMLElement {
  const box = h("div", "finding");
  box.dataset.rule = f.ruleId;
  const title = h("h3");
  title.append(badge(f.status), ` ${f.citation.article} · ${f.message[lang].split(lang === "zh" ? "：" : ":")[0]}`);
  box.append(title);
  box.append(h("p", "", f.message[lang]));
  const facts = h("dl");
  const fact = (key: WordKey, value: string | null | undefined) => {
    if (value === null || value === undefined || value === "") return;
    facts.append(h("dt", "", say(key, lang)), h("dd", "", value));
  };
  fact("file", f.citation.title);
  fact("article", f.citation.article);
  fact("required", formatRequirement(f.required, lang));
  const measured = measuredWord(f.measured, lang);
  fact("measured", measured === null ? "" : `${String(measured)} ${unitWord(f, lang)}`.trim());
  fact("shortfall", f.shortfall === null ? "" : `${f.shortfall} ${unitWord(f, lang)}`.trim());
  fact("due", f.due);
  fact("modality", ENUM_LABELS.modality[f.modality][lang]);
  if (f.consequences.length > 0) fact("consequences", f.consequences.map((c) => c[lang]).join("；"));
  box.append(facts);
  box.append(h("blockquote", "", f.citation.displayQuote ?? f.citation.quote));
  if (f.trace && f.trace.length > 0) {
    const steps = h("details");
    steps.append(h("summary", "", say("explain", lang)));
    const list = h("ol");
    list.append(...f.trace.map((step) => h("li", "", step[lang])));
    steps.append(list);
    box.append(steps);
  }
  return box;
}

function renderDetail(report: Report): void {
  const box = $("detail");
  box.hidden = false;
  const entry = selected === undefined ? undefined : checked?.subjects[selected];
  const subjectPath = entry?.subject.path.join("/");
  const findings = report.findings.filter((f) => subjectPath === undefined || f.subject.path.join("/") === subjectPath);
  const order: Status[] = ["fail", "pending", "insufficient-data", "pass", "info", "not-applicable"];
  findings.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const close = h("button", "plain", say("close", lang));
  close.addEventListener("click", () => ((box.hidden = true), (detailReport = undefined)));
  const name = entry ? `${entry.subject.name ?? ""}（${entry.subject.path.join("/")}）` : report.subject.id;
  box.replaceChildren(h("h2", "", name), close, ...findings.map(findingBox));
  box.scrollIntoView({ block: "start" });
}

/** For print: each subject with failed standards and what to fix, the most failures first. */
function renderToFix(): void {
  const box = $("toFix");
  const failing = checked!.subjects.filter((s) => s.counts.fail > 0).sort((a, b) => b.counts.fail - a.counts.fail);
  box.replaceChildren(h("h2", "", say("toFix", lang)));
  if (failing.length === 0) return void box.append(h("p", "", say("nothingToFix", lang)));
  if (failing.length > TABLE_ROWS) box.append(h("p", "", say("firstFixes", lang, { n: TABLE_ROWS, all: failing.length })));
  for (const s of failing.slice(0, TABLE_ROWS)) {
    const part = h("div", "fix");
    part.append(h("h3", "", `${s.subject.name ?? ""}（${s.subject.path.join("/")}）：${statusWord("fail")} ${s.counts.fail}`));
    const list = h("ul");
    for (const line of s.toFix[lang]) list.append(h("li", "", line));
    part.append(list);
    box.append(part);
  }
}


// ----- calculators -----

function renderCalculators(): void {
  const root = $("calculatorBody");
  root.replaceChildren(
    ...CALCULATORS.map((calculator) => {
      const box = h("form", "calc");
      box.dataset.calculator = calculator.id;
      box.append(h("h2", "", calculator.title[lang === "zh" ? 0 : 1]));
      const inputs = calculator.fields.map((field) => {
        const label = h("label", "", `${field.label[lang === "zh" ? 0 : 1]} `);
        const input = document.createElement("input");
        input.name = field.name;
        input.value = field.value;
        input.inputMode = "decimal";
        label.append(input);
        box.append(label);
        return input;
      });
      const button = h("button", "", say("compute", lang)) as HTMLButtonElement;
      button.type = "submit";
      box.append(button);
      const output = h("output");
      box.append(output);
      const source = sourceOf(calculator);
      const title = documents.find((d) => d.id === source.document)?.title ?? source.document;
      box.append(h("div", "sub", `${title} ${source.article}`), h("blockquote", "", source.quote));
      const compute = () => {
        const answer = run(calculator, inputs.map((i) => i.value), lang);
        output.className = "error" in answer ? "error" : "";
        output.textContent = "error" in answer ? answer.error : `${say("result", lang)}：${answer.ok}`;
      };
      box.addEventListener("submit", (event) => (event.preventDefault(), compute()));
      compute();
      return box;
    }),
  );
}

// ----- start -----

$("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  applyWords();
});
// Today on this computer's calendar, not UTC's (an office opens the page at 07:00 Beijing time).
const today = (now = new Date()) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
$<HTMLInputElement>("asOf").value = today();
applyWords();
