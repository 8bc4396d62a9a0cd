import { isAfterDay } from "../dates/isAfterDay";
import type { AnyMessage, Bilingual, Finding, FindingSubject, Language, Override, Requirement, Status } from "../types";
import { judge } from "./judge";
import { type MessageParts, message, messageIn } from "./message";
import type { Outcome } from "../measure/outcome";
import type { Rule, RuleContext } from "../rule/rule";
import { traced } from "../measure/trace";

const NOT_IN_FORCE = (inForce: string, estimate: Bilingual | undefined) =>
  estimate === undefined
    ? { zh: `文件自${inForce}起施行，评估日尚未施行`, en: `the document is in force from ${inForce}, after the as-of date` }
    : { zh: `文件未载明日期，最早于${inForce}后方可成文（${estimate.zh}），评估日早于此`, en: `the document states no date and could not have been written before ${inForce} (${estimate.en}), after the as-of date` };

/** Builds a finding's step-by-step explanation (reasonSteps): passed in only when asked for, so the sheet builds do not carry it. */
export type Explainer = (rule: Rule, outcome: Outcome, status: Status, context: RuleContext, checkSteps: readonly Bilingual[]) => Bilingual[];

/** What one rule says of one subject on the as-of day, before it becomes a finding. */
export function outcomeOf(rule: Rule, subject: unknown, context: RuleContext): Outcome {
  const { inForce, inForceEstimate } = context.document;
  if (inForce !== null && isAfterDay(inForce, context.asOf)) return { kind: "not-applicable", reason: NOT_IN_FORCE(inForce, inForceEstimate) };
  const applies = rule.appliesWhen?.(subject as never, context) ?? true;
  if (applies !== true) return "missing" in applies ? { kind: "missing", missing: applies.missing } : { kind: "not-applicable", reason: applies.reason };
  return rule.check(subject as never, rule, context);
}

/**
 * What a finding's message is composed from, read from the rule and its outcome without building the
 * finding: findingOf builds the finding from these, and the CSV writers its 说明 (the same words).
 *
 * @example const [parts, detail] = partsOf(rule, status, outcome); messageIn(parts, rule.label, detail, "zh")
 */
export function partsOf(rule: Rule, status: Status, outcome: Outcome): [MessageParts, Bilingual | undefined] {
  const measured = outcome.kind === "measured" ? outcome : null;
  const parts: MessageParts = {
    status,
    measured: measured?.measured ?? null,
    required: measured?.required ?? null,
    shortfall: measured?.shortfall ?? null,
    due: rule.due ?? null,
    missing: outcome.kind === "missing" ? outcome.missing : [],
    approximate: rule.approximate ?? false,
  };
  if (typeof __SHEETS__ === "undefined" && rule.override !== undefined) parts.override = rule.override;
  return [parts, outcome.kind === "not-applicable" ? outcome.reason : measured?.detail];
}

// A finding owns everything in it: a rule's figures (a list of forms, a basis) are copied, so no
// report shares an object with the library or with another report.
function copyRequirement(r: Requirement): Requirement {
  const copy = { ...r };
  if (Array.isArray(r.value)) copy.value = [...(r.value as readonly string[])];
  if (r.basis) copy.basis = { ...r.basis };
  return copy;
}

// The one key a one-language message has, so that JSON, spread and structuredClone carry no empty other.
const messageOnlyIn = (parts: MessageParts, label: Bilingual, detail: Bilingual | undefined, language: Language): AnyMessage =>
  language === "zh" ? { zh: messageIn(parts, label, detail, "zh") } : { en: messageIn(parts, label, detail, "en") };

const copySubject = ({ kind, id, path, name }: FindingSubject): FindingSubject => (name === undefined ? { kind, id, path: [...path] } : { kind, id, path: [...path], name });

/**
 * Evaluates one rule against one subject on the as-of day: one finding, owning every object in it
 * (a caller may change a report without changing another), its message in both languages or in
 * the one `language` names.
 */
export function findingOf(rule: Rule, subject: unknown, where: FindingSubject, context: RuleContext, explain?: Explainer): Finding;
export function findingOf(rule: Rule, subject: unknown, where: FindingSubject, context: RuleContext, explain: Explainer | undefined, language: Language | undefined): Finding<AnyMessage>;
export function findingOf(rule: Rule, subject: unknown, where: FindingSubject, context: RuleContext, explain?: Explainer, language?: Language): Finding<AnyMessage> {
  const { asOf, document } = context;
  const run = typeof __SHEETS__ === "undefined" && explain ? traced(() => outcomeOf(rule, subject, context)) : undefined;
  const outcome = run ? run.value : outcomeOf(rule, subject, context);
  const status = judge(outcome, rule, asOf);
  const [parts, detail] = partsOf(rule, status, outcome);
  // judge gives not-applicable or insufficient-data exactly when nothing was measured.
  const finding = {
    ruleId: rule.id,
    document: rule.document,
    subject: copySubject(where),
    status,
    modality: rule.modality,
    approximate: parts.approximate,
    measured: parts.measured,
    required: parts.required ? copyRequirement(parts.required) : null,
    shortfall: parts.shortfall,
    due: parts.due,
    missing: [...parts.missing],
    consequences: status === "fail" ? ((outcome.kind === "measured" ? outcome.consequences : undefined) ?? rule.consequences ?? []).map((c) => ({ ...c })) : [],
    citation: { document: rule.document, title: document.title, issued: document.issued, article: rule.article, quote: rule.quote, displayQuote: rule.displayQuote ?? rule.quote },
    note: rule.note ?? null,
    message: undefined as never,
  } as Finding<AnyMessage>;
  // JSON, not structuredClone: Apps Script has none, and an override is JSON data.
  if (typeof __SHEETS__ === "undefined" && parts.override !== undefined) finding.override = JSON.parse(JSON.stringify(parts.override)) as Override;
  finding.message = language === undefined ? message(finding, rule.label, detail) : messageOnlyIn(finding, rule.label, detail, language);
  if (typeof __SHEETS__ === "undefined" && explain && run) finding.trace = explain(rule, outcome, status, context, run.steps);
  return finding;
}
