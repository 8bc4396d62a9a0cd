import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documents as allDocuments, ruleBook } from "../../rules";
import { findingOf } from "../../src/engine/findingOf";
import { walkSubjects } from "../../src/schema/walkSubjects";
import { examples } from "../../src/examples";
import { SubjectValidationError, createEvaluator, evaluate, summarize } from "../../src/index";
import { validateSubject } from "../../src/schema/validateSubject";
import type { Subject } from "../../src/schema/subject";
import type { DocumentId, Report } from "../../src/types";
import { asOfArb, subjectArb } from "./subjects";

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** The plainest evaluation there is: every rule, every subject, no plan, no cache, no fast path for documents. */
function reference(root: Subject, asOf: string, chosen?: DocumentId[]): Report {
  const findings = [];
  const used = new Set<DocumentId>();
  for (const { subject, path, jurisdiction, pilot } of walkSubjects(root)) {
    const selected = chosen ?? allDocuments.filter((d) => jurisdiction === undefined || d.jurisdiction === jurisdiction).map((d) => d.id);
    for (const id of selected) used.add(id);
    for (const rule of ruleBook) {
      if (rule.subject !== subject.kind || !selected.includes(rule.document as DocumentId)) continue;
      const document = allDocuments.find((d) => d.id === rule.document)!;
      findings.push(findingOf(rule, subject, { kind: subject.kind, id: subject.id, path, ...(subject.name !== undefined && { name: subject.name }) }, { asOf, document, pilot }));
    }
  }
  return { subject: { kind: root.kind, id: root.id, path: [root.id], ...(root.name !== undefined && { name: root.name }) }, asOf, documents: allDocuments.map((d) => d.id).filter((id) => used.has(id)), findings, summary: summarize(findings) };
}

const noGroups = () => ({ pass: [], fail: [], pending: [], "not-applicable": [], "insufficient-data": [], info: [] }) as Record<string, string[]>;
const grouped = (report: Report) => {
  const bySubject = new Map<string, Record<string, string[]>>();
  for (const f of report.findings) {
    const key = f.subject.path.join("/");
    const statuses = bySubject.get(key) ?? noGroups();
    statuses[f.status]!.push(f.ruleId);
    bySubject.set(key, statuses);
  }
  return bySubject;
};

describe("createEvaluator", () => {
  it("gives, field by field, the reports of a plain reference evaluation on generated subjects of every kind", () => {
    fc.assert(
      fc.property(subjectArb, asOfArb, fc.option(fc.subarray(allDocuments.map((d) => d.id), { minLength: 1 }), { nil: undefined }), (subject, asOf, chosen) => {
        const expected = JSON.stringify(reference(subject, asOf, chosen));
        expect(JSON.stringify(createEvaluator({ asOf, documents: chosen }).evaluate(subject))).toBe(expected);
        expect(JSON.stringify(evaluate(subject, { asOf, documents: chosen }))).toBe(expected);
      }),
      { numRuns: runs },
    );
  });

  it("verdicts give the statuses evaluate gives, subject by subject, every group present (empty where no rule has it)", () => {
    fc.assert(
      fc.property(subjectArb, asOfArb, (subject, asOf) => {
        const evaluator = createEvaluator({ asOf });
        const expected = grouped(evaluator.evaluate(subject));
        const verdicts = evaluator.verdicts(subject);
        expect(verdicts.map((v) => v.subject.path.join("/"))).toEqual([...walkSubjects(validate(subject))].map((v) => v.path.join("/")));
        for (const verdict of verdicts) expect(verdict.statuses).toEqual(expected.get(verdict.subject.path.join("/")) ?? noGroups());
      }),
      { numRuns: runs },
    );
  });

  it.each(examples.map((e) => [e.title, e]))("evaluates the example %s as evaluate does", (_, example) => {
    const evaluator = createEvaluator({ asOf: example.asOf });
    expect(JSON.stringify(evaluator.evaluate(example.subject))).toBe(JSON.stringify(evaluate(example.subject, { asOf: example.asOf })));
    expect(evaluator.asOf).toBe(example.asOf);
  });

  it("evaluateMany takes an array or a generator and yields one report per subject, lazily", () => {
    const evaluator = createEvaluator({ asOf: "2012-06-30" });
    const subjects = examples.map((e) => e.subject);
    expect([...evaluator.evaluateMany(subjects)].map((r) => r.subject.id)).toEqual(subjects.map((s) => s.id));
    let made = 0;
    function* endless() {
      for (;;) yield { kind: "community", id: `c${made++}`, population: made };
    }
    const first = evaluator.evaluateMany(endless());
    expect(first.next().value?.subject.id).toBe("c0");
    expect(first.next().value?.subject.id).toBe("c1");
    expect(made).toBe(2);
  });

  it("evaluateMany names the index of an invalid subject", () => {
    const evaluator = createEvaluator({ asOf: "2012-06-30" });
    const reports = evaluator.evaluateMany([{ kind: "community", id: "a" }, { kind: "community", id: "b", population: -1 }]);
    expect(reports.next().value?.subject.id).toBe("a");
    expect(() => reports.next()).toThrow(SubjectValidationError);
    try {
      [...evaluator.evaluateMany([{ kind: "community", id: "a" }, { kind: "community", id: "b", population: -1 }])];
    } catch (error) {
      expect((error as SubjectValidationError).problems.map((p) => p.path)).toEqual(["[1].population"]);
    }
  });

  it("refuses bad options when it is created, naming them", () => {
    expect(() => createEvaluator({ asOf: "2012-02-30" })).toThrow(/asOf/);
    expect(() => createEvaluator({ documents: ["beijing"] as never })).toThrow(/documents\[0\]/);
  });

  it("validates what verdicts and evaluate are given", () => {
    const evaluator = createEvaluator({ asOf: "2012-06-30" });
    expect(() => evaluator.verdicts({ kind: "community", id: "c", population: "many" })).toThrow(/population/);
    expect(() => evaluator.evaluate(null)).toThrow(SubjectValidationError);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(createEvaluator())).toBe(true);
  });
});

function validate(subject: unknown): Subject {
  const valid = validateSubject(subject);
  if (!("subject" in valid)) throw new Error("invalid");
  return valid.subject;
}
