import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documents as allDocuments, builtInBook } from "../../rules";
import { evaluateSubject } from "../../src/engine/evaluateSubject";
import { planFor } from "../../src/engine/plan";
import { resolveOptions } from "../../src/engine/resolveOptions";
import { examples } from "../../src/examples";
import { SubjectValidationError, createEvaluator, rules } from "../../src/index";
import type { Subject } from "../../src/schema/subject";
import type { DocumentId, LeanReport, Report } from "../../src/types";
import { asOfArb, subjectArb } from "./subjects";
import { objectsOf } from "../helpers";

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/**
 * The lean report a full report stands for: its findings, subject by subject in the order `verdicts`
 * walks the tree (a subject no rule applies to has an entry with empty lists).
 */
function leanOf(report: Report, subjects: readonly Report["subject"][]): unknown {
  return {
    subject: report.subject,
    asOf: report.asOf,
    documents: report.documents,
    subjects: subjects.map((subject) => {
      const own = report.findings.filter((f) => f.subject.path.join("\u0000") === subject.path.join("\u0000"));
      return {
        subject,
        ruleIds: own.map((f) => f.ruleId),
        statuses: own.map((f) => f.status),
        measured: own.map((f) => f.measured),
        required: own.map((f) => f.required),
        shortfall: own.map((f) => f.shortfall),
      };
    }),
    summary: report.summary,
  };
}

describe('evaluateMany(subjects, { findings: "lean" })', () => {
  it("gives, subject by subject, the statuses and figures of the full reports, on generated subjects of every kind", () => {
    fc.assert(
      fc.property(fc.array(subjectArb, { minLength: 1, maxLength: 3 }), asOfArb, fc.option(fc.subarray(allDocuments.map((d) => d.id as DocumentId), { minLength: 1 }), { nil: undefined }), (subjects, asOf, chosen) => {
        const evaluator = createEvaluator({ asOf, documents: chosen });
        const full = [...evaluator.evaluateMany(subjects)];
        const lean = [...evaluator.evaluateMany(subjects, { findings: "lean" })];
        expect(lean).toHaveLength(subjects.length);
        lean.forEach((report, i) => {
          const walked = evaluator.verdicts(subjects[i]).map((v) => v.subject);
          expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(JSON.stringify(leanOf(full[i]!, walked))));
        });
      }),
      { numRuns: runs },
    );
  });

  it("gives the same from evaluate(subject, { findings: \"lean\" })", () => {
    const evaluator = createEvaluator({ asOf: examples[0]!.asOf });
    const subject = examples[0]!.subject;
    expect(evaluator.evaluate(subject, { findings: "lean" })).toEqual([...evaluator.evaluateMany([subject], { findings: "lean" })][0]);
    expect(evaluator.evaluate(subject, { findings: "full" })).toEqual(evaluator.evaluate(subject));
  });

  it.each(examples.map((e) => [e.subject.id, e] as const))("of %s is frozen all the way down, and shares no unfrozen object with a full report or another lean one", (_, example) => {
    const evaluator = createEvaluator({ asOf: example.asOf });
    const a = evaluator.evaluate(example.subject, { findings: "lean" });
    const b = evaluator.evaluate(example.subject, { findings: "lean" });
    for (const o of objectsOf(a)) expect(Object.isFrozen(o)).toBe(true);
    expect(a).toEqual(b);
    const full = objectsOf(evaluator.evaluate(example.subject));
    expect([...objectsOf(a)].filter((o) => full.has(o))).toEqual([]);
    expect(a.subjects.reduce((n, s) => n + s.statuses.length, 0)).toBe(a.summary.total);
  });

  it("shares one frozen list of rule ids among subjects of the same kind and place", () => {
    const community = (id: string) => ({ kind: "community", id, jurisdiction: "longgang", population: 9000 });
    const [a, b] = [...createEvaluator({ asOf: "2013-01-01" }).evaluateMany([community("a"), community("b")], { findings: "lean" })] as LeanReport[];
    expect(a!.subjects[0]!.ruleIds).toBe(b!.subjects[0]!.ruleIds);
    expect(a!.subjects[0]!.ruleIds.every((id) => rules.some((r) => r.id === id))).toBe(true);
    expect(a!.subjects[0]!.statuses).not.toBe(b!.subjects[0]!.statuses);
  });

  it("cannot be changed to change a later report", () => {
    const evaluator = createEvaluator({ asOf: "2013-01-01" });
    const community = { kind: "community", id: "c", jurisdiction: "longgang", partyMembers: 60, partyOrganization: { form: "branch" } };
    const first = evaluator.evaluate(community, { findings: "lean" });
    const at = first.subjects[0]!.ruleIds.indexOf("longgang-2005/party-organization-form");
    expect(first.subjects[0]!.statuses[at]).toBe("fail");
    expect(() => (first.subjects[0]!.required[at]!.value as string[]).push("branch")).toThrow(TypeError);
    expect(() => ((first.subjects[0]!.statuses as string[])[at] = "pass")).toThrow(TypeError);
    expect(() => ((first.subjects[0]!.subject.path as string[]).length = 0)).toThrow(TypeError);
    const later = evaluator.evaluate(community, { findings: "lean" });
    expect(later.subjects[0]!.statuses[at]).toBe("fail");
    expect(later.subjects[0]!.required[at]!.value).toEqual(["general-branch"]);
  });

  it("names a wrong findings option when called, before any subject is read", () => {
    const evaluator = createEvaluator({ asOf: "2013-01-01" });
    let read = 0;
    const subjects = (function* () {
      read += 1;
      yield { kind: "project", id: "p" };
    })();
    for (const findings of ["Lean", "", 1, null]) {
      const call = () => evaluator.evaluateMany(subjects, { findings } as never);
      expect(call).toThrow(SubjectValidationError);
      expect(call).toThrow(/findings 应为 "full" 或 "lean"/);
      expect(() => evaluator.evaluate({ kind: "project", id: "p" }, { findings } as never)).toThrow(/findings/);
    }
    expect(read).toBe(0);
  });

  it("names an invalid subject by its index, as the full reports do", () => {
    const evaluator = createEvaluator({ asOf: "2013-01-01" });
    const subjects: unknown[] = [{ kind: "project", id: "p" }, { kind: "project", id: "q", buildingAreaM2: -1 }];
    const lean = evaluator.evaluateMany(subjects, { findings: "lean" });
    expect(lean.next().value).toMatchObject({ subject: { id: "p" } });
    try {
      lean.next();
      expect.unreachable();
    } catch (error) {
      const paths = (error as SubjectValidationError).problems.map((p) => p.path);
      expect(paths).toContain("[1].buildingAreaM2");
      expect(paths.every((path) => path.startsWith("[1]."))).toBe(true);
    }
  });

  it("gives a subject no rule applies to its entry, with empty lists", () => {
    // Longgang's rules measure communities, streets and projects, none a district.
    const lean = createEvaluator({ asOf: "2013-01-01", documents: ["longgang-2005"] }).evaluate({ kind: "district", id: "d" } satisfies Partial<Subject>, { findings: "lean" });
    expect(lean.subjects).toEqual([{ subject: { kind: "district", id: "d", path: ["d"] }, ruleIds: [], statuses: [], measured: [], required: [], shortfall: [] }]);
    expect(lean.summary.total).toBe(0);
  });
});

describe("Plan.visit (what the CSV and the page's table are written from)", () => {
  it("hands over each rule's status and outcome, in the report's order, one subject object per subject, and the report's head", () => {
    fc.assert(
      fc.property(subjectArb, asOfArb, fc.constantFrom<string[] | undefined>(undefined, ["a", "b"]), (subject, asOf, parentPath) => {
        const { problems, ...options } = resolveOptions({ asOf }, builtInBook);
        expect(problems).toEqual([]);
        const within = parentPath && { parentPath, inherited: { jurisdiction: "dunhuang" as const, pilot: undefined } };
        const report = evaluateSubject(subject as Subject, options, within);
        const seen: { ruleId: string; subject: unknown; status: string; measured: unknown; shortfall: unknown }[] = [];
        const wheres = new Map<string, object>();
        const head = planFor(options).visit(subject as Subject, within, (where, { rule, document }, status, outcome) => {
          expect(document.id).toBe(rule.document);
          const key = where.path.join("/");
          // One object per subject: findings of a subject share it, as the CSV writer's cache expects.
          if (seen.length > 0 && seen.at(-1)!.subject === where) expect(wheres.get(key)).toBe(where);
          wheres.set(key, where);
          const measured = outcome.kind === "measured" ? outcome : undefined;
          seen.push({ ruleId: rule.id, subject: where, status, measured: measured?.measured ?? null, shortfall: measured?.shortfall ?? null });
        });
        expect(head).toEqual({ subject: report.subject, asOf: report.asOf, documents: report.documents });
        expect(seen.map((s) => ({ ...s, subject: JSON.parse(JSON.stringify(s.subject)) }))).toEqual(report.findings.map((f) => ({ ruleId: f.ruleId, subject: f.subject, status: f.status, measured: f.measured, shortfall: f.shortfall })));
      }),
      { numRuns: runs },
    );
  });
});
