// 标准: every document's text with each rule beside the words it encodes, the quote marked in the
// text: the human-readable list of all the rules (Catala's law beside code, Publicodes' rule pages).
import { documents } from "../../rules";
import { rules } from "../rules";
import { normalizedTexts } from "../texts";
import { articleWords } from "../labels/documentWords";
import { ENUM_LABELS } from "../labels/enumLabels";
import { thresholdWords } from "../report/thresholdWords";
import type { Lang } from "../report/words";
import type { RuleInfo } from "../rule/rule";
import type { DocumentId } from "../types";
import { say } from "./words";

// Where a reader expects a new line: before 第八条, 三、, （二）, 2. (the copies have no line breaks).
const BREAK = /(?=第[一二三四五六七八九十百零]+条)|(?=[一二三四五六七八九十]+、)|(?=[（(][一二三四五六七八九十]+[）)])|(?<=[。；;])(?=\d+[.．、])/gu;

/** The text cut at every quote's ends and every line break: each piece with the rules quoting it. */
function pieces(text: string, docRules: readonly RuleInfo[]): { start: number; end: number; rules: string[]; breakBefore: boolean }[] {
  const cuts = new Set<number>([0, text.length]);
  const breaks = new Set<number>();
  for (const match of text.matchAll(BREAK)) if (match.index > 0) (cuts.add(match.index), breaks.add(match.index));
  const spans = docRules.flatMap((rule) => {
    const start = text.indexOf(rule.quote);
    return start < 0 ? [] : [{ id: rule.id, start, end: start + rule.quote.length }];
  });
  for (const span of spans) (cuts.add(span.start), cuts.add(span.end));
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    return { start, end, rules: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id), breakBefore: breaks.has(start) };
  });
}

const h = (tag: string, className?: string, text?: string): HTMLElement => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function ruleCard(rule: RuleInfo, lang: Lang, inForce: string | null): HTMLElement {
  const card = h("div", "rule");
  card.id = `rule-${rule.id}`;
  card.dataset.rule = rule.id;
  const title = h("div");
  title.append(h("strong", "", `${articleWords(rule.article, lang)} ${rule.label[lang]}`), " ", h("code", "", rule.id));
  card.append(title);
  card.append(h("blockquote", "", rule.displayQuote ?? rule.quote));
  const facts = [
    `${say("modality", lang)}：${ENUM_LABELS.modality[rule.modality][lang]}`,
    `${say("subjectKind", lang)}：${ENUM_LABELS.kind[rule.subject][lang]}`,
    `${say("threshold", lang)}：${thresholdWords(rule, lang) || say("none", lang)}`,
    `${say("inForce", lang)}：${inForce ?? "—"}`,
    `${say("due", lang)}：${rule.due ?? "—"}`,
  ];
  card.append(h("div", "", facts.join("　")));
  if (rule.note) card.append(h("div", "muted", `${say("note", lang)}：${rule.note}`));
  return card;
}

/** Renders the catalogue into `root`, with a search box that filters the rules and marks. */
export function renderCatalogue(root: HTMLElement, search: HTMLInputElement, count: HTMLElement, lang: Lang): void {
  root.replaceChildren();
  for (const document_ of documents) {
    const id = document_.id as DocumentId;
    const text = normalizedTexts[id];
    const docRules = rules.filter((r) => r.document === id);
    const box = h("section", "doc");
    box.dataset.document = id;
    box.append(h("h2", "", document_.title));
    box.append(h("p", "sub", `${document_.issuer} · ${say("issued", lang)} ${document_.issued ?? "—"} · ${say("inForce", lang)} ${document_.inForce ?? "—"} · ${say("rulesCount", lang, { n: docRules.length })}`));
    const body = h("div", "doc-body");
    const textBox = h("div", "doc-text");
    let paragraph = h("p");
    for (const piece of pieces(text, docRules)) {
      if (piece.breakBefore) (textBox.append(paragraph), (paragraph = h("p")));
      const words = text.slice(piece.start, piece.end);
      if (piece.rules.length === 0) {
        paragraph.append(words);
        continue;
      }
      const mark = h("mark", "", words);
      mark.dataset.rules = piece.rules.join(" ");
      mark.title = piece.rules.join("\n");
      mark.addEventListener("click", () => root.querySelector(`[data-rule="${CSS.escape(piece.rules[0]!)}"]`)?.scrollIntoView({ block: "nearest" }));
      paragraph.append(mark);
    }
    textBox.append(paragraph);
    const ruleBox = h("div", "doc-rules");
    for (const rule of docRules) ruleBox.append(ruleCard(rule, lang, document_.inForce));
    body.append(textBox, ruleBox);
    box.append(body);
    root.append(box);
  }
  const apply = () => {
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const card of root.querySelectorAll<HTMLElement>(".rule")) {
      const hit = query === "" || card.textContent!.toLowerCase().includes(query);
      card.hidden = !hit;
      card.classList.toggle("hit", hit && query !== "");
      if (hit) shown += 1;
    }
    for (const mark of root.querySelectorAll<HTMLElement>("mark")) mark.classList.toggle("hit", query !== "" && (mark.textContent!.toLowerCase().includes(query) || mark.dataset.rules!.toLowerCase().includes(query)));
    count.textContent = say("found", lang, { n: shown });
  };
  search.oninput = apply;
  apply();
}
