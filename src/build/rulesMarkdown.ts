import { documents, ruleBook } from "../../rules";
import { ENUM_LABELS } from "../labels/enumLabels";
import { figuresText } from "../report/xlsxReport";
import { thresholdWords } from "../report/thresholdWords";

// A table cell holds no line break and no bar of its own.
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/**
 * docs/rules.md: every rule of the rule book, document by document, with its id, article, the
 * document's own words, modality, subject, figures and dates, and the note on how it is read.
 * Generated (`npm run docs`); tests/docs/rulesDoc.test.ts holds the file to it.
 *
 * @example rulesMarkdown().startsWith("# 规则一览") // true
 */
export function rulesMarkdown(): string {
  const lines: string[] = [
    "# 规则一览 / Every rule",
    "",
    "Generated from the rules by `npm run docs`; do not edit by hand (tests/docs/rulesDoc.test.ts checks",
    "it is up to date). Each rule's words are quoted verbatim from its document; the page's 标准 tab shows",
    "them marked in the document's text. A note that cites \"spec section N\" means the reading rules of",
    "[documents.md](documents.md#reading-rules).",
    "",
    `${ruleBook.length} rules in ${documents.length} documents.`,
    "",
  ];
  for (const document of documents) {
    const own = ruleBook.filter((rule) => rule.document === document.id);
    lines.push(`## ${document.title} (\`${document.id}\`)`, "");
    lines.push(`${document.issuer}. Issued ${document.issued ?? "(undated)"}, in force ${document.inForce ?? "(no known start)"}. ${own.length} rules.`, "");
    if (document.note) lines.push(`> ${cell(document.note)}`, "");
    lines.push("| rule | article | words | modality | subject | figures | due |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const rule of own) {
      const modality = ENUM_LABELS.modality[rule.modality];
      const subject = ENUM_LABELS.kind[rule.subject];
      lines.push(
        `| \`${rule.id}\`<br>${cell(rule.label.zh)} | ${cell(rule.article)} | ${cell(rule.displayQuote ?? rule.quote)} | ${modality.zh} (${modality.en}) | ${subject.zh} (${subject.en}) | ${rule.threshold === undefined ? "—" : `${cell(thresholdWords(rule, "zh"))}<br>\`${cell(figuresText(rule.threshold))}\``} | ${rule.due ?? "—"} |`,
      );
    }
    lines.push("");
    const notes = own.filter((rule) => rule.note);
    if (notes.length > 0) {
      lines.push("Notes:", "");
      for (const rule of notes) lines.push(`- \`${rule.id}\`: ${cell(rule.note!)}`);
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
