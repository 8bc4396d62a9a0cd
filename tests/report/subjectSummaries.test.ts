import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInBook } from "../../rules";
import { evaluateSubject } from "../../src/engine/evaluateSubject";
import { planFor } from "../../src/engine/plan";
import { resolveOptions } from "../../src/engine/resolveOptions";
import { subjectSummaries } from "../../src/report/subjectSummaries";
import { fixLines } from "../../src/report/toFix";
import { bySubject, overallStatus } from "../../src/report/words";
import type { Subject } from "../../src/schema/subject";
import { summarize } from "../../src/engine/summarize";
import { asOfArb, subjectArb } from "../engine/subjects";

const runs = Number(process.env.FUZZ_RUNS ?? 200);

describe("subjectSummaries (the page's table, from the outcomes)", () => {
  it("gives, subject by subject, what bySubject, summarize, overallStatus and fixLines give from the full report", () => {
    fc.assert(
      fc.property(subjectArb, asOfArb, fc.constantFrom<string[] | undefined>(undefined, ["a"]), (subject, asOf, parentPath) => {
        const { problems, ...options } = resolveOptions({ asOf }, builtInBook);
        expect(problems).toEqual([]);
        const within = parentPath && { parentPath, inherited: { jurisdiction: "guangzhou" as const, pilot: true } };
        const report = evaluateSubject(subject as Subject, options, within);
        const tallied: Record<string, number> = {};
        const summaries = subjectSummaries(planFor(options), subject as Subject, within, (rule, status) => void (tallied[`${rule.id} ${status}`] = (tallied[`${rule.id} ${status}`] ?? 0) + 1));
        expect(summaries.documents).toEqual(report.documents);
        const expected = bySubject(report).map(({ subject, findings }) => {
          const counts = summarize(findings);
          return { subject, counts, overall: overallStatus(counts), toFix: { zh: fixLines(findings, "zh"), en: fixLines(findings, "en") } };
        });
        expect(summaries.subjects).toEqual(expected);
        const counted: Record<string, number> = {};
        for (const f of report.findings) counted[`${f.ruleId} ${f.status}`] = (counted[`${f.ruleId} ${f.status}`] ?? 0) + 1;
        expect(tallied).toEqual(counted);
      }),
      { numRuns: runs },
    );
  });

  it("lists two subjects of one path as one, as bySubject does", () => {
    const street = { kind: "street", id: "s", jurisdiction: "longgang", communities: [{ kind: "community", id: "c", population: 100 }, { kind: "community", id: "c", population: 200 }] } as Subject;
    const { problems, ...options } = resolveOptions({ asOf: "2013-01-01" }, builtInBook);
    expect(problems).toEqual([]);
    const summaries = subjectSummaries(planFor(options), street, undefined).subjects;
    expect(summaries.map((s) => s.subject.path.join("/"))).toEqual(bySubject(evaluateSubject(street, options)).map((g) => g.subject.path.join("/")));
    expect(summaries[1]!.counts.total).toBe(2 * evaluateSubject({ kind: "community", id: "c", jurisdiction: "longgang", population: 100 } as Subject, options).findings.length);
  });
});
