import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInBook } from "../../rules";
import { documentFromJson } from "../../src/authoring/documentFromJson";
import { evaluateSubject } from "../../src/engine/evaluateSubject";
import { planFor } from "../../src/engine/plan";
import { resolveEvaluateOptions } from "../../src/engine/resolveEvaluateOptions";
import { csvWriter } from "../../src/report/writers";
import type { Subject } from "../../src/schema/subject";
import type { FileProblem } from "../../src/types";
import { asOfArb, subjectArb } from "../engine/subjects";

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const LOCAL = documentFromJson(JSON.parse(readFileSync(new URL("../../examples/local-document.json", import.meta.url), "utf8")));

// Options as evaluate takes them: sometimes a district's own figures, sometimes a local document.
const optionsArb = fc.record({
  asOf: asOfArb,
  overrides: fc.option(
    fc.constantFrom(
      { "longgang-2005/service-space-ratio": { threshold: { denominator: 400 }, source: "某区实施细则 第5条" } },
      { "longgang-2005/facility-area/police": { due: null, source: "=cmd 第3条" } },
    ),
    { nil: undefined },
  ),
  local: fc.boolean(),
});
const flawsArb = fc.array(fc.record({ file: fc.constantFrom("表.csv", "=x.csv"), row: fc.nat(9), column: fc.constantFrom("population", "area.police"), label: fc.constantFrom("人口", undefined), message: fc.constant({ zh: "应为数字", en: "expected a number" }) }), { maxLength: 2 }).map((list) => list.map((p) => (p.label === undefined ? { ...p, label: undefined } : p)) as FileProblem[]);

// A sink that keeps a copy of each piece as it comes, as the file sink copies it into its chunk.
const collecting = () => {
  const pieces: Buffer[] = [];
  return {
    text: (text: string) => void pieces.push(Buffer.from(text)),
    bytes: (bytes: Uint8Array) => void pieces.push(Buffer.from(bytes)),
    encode: (text: string) => Buffer.from(text),
    written: () => Buffer.concat(pieces),
  };
};

describe("the CSV written from the outcomes (the command line's lean path)", () => {
  it("is, line for line and in both languages, the CSV of the full reports, one writer over a run of generated subjects", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(subjectArb, flawsArb), { minLength: 1, maxLength: 4 }), optionsArb, fc.constantFrom<string[] | undefined>(["a"], ["a", "b"], undefined), (items, raw, parentPath) => {
        const { problems, ...resolved } = resolveEvaluateOptions({ asOf: raw.asOf, ...(raw.overrides && { overrides: raw.overrides }) }, builtInBook);
        expect(problems).toEqual([]);
        // As the command line brings a local document (--rules): beside the built-in ones, bound by its jurisdiction.
        const options = raw.local ? { ...resolved, local: [LOCAL] } : resolved;
        // A subject read on its own from a streamed tree, as the readers hand one over.
        const within = parentPath && { parentPath, inherited: { jurisdiction: "longgang" as const, pilot: undefined } };
        for (const lang of ["zh", "en"] as const) {
          const full = csvWriter(lang);
          const lean = csvWriter(lang);
          for (const [subject, flaws] of items) {
            const expected = full.report(evaluateSubject(subject as Subject, options, within), flaws);
            expect(lean.subject(planFor(options), subject as Subject, within, flaws)).toBe(expected);
          }
        }
      }),
      { numRuns: runs },
    );
  });

  // The lean writer reuses a rule's line for the next subject with the same outcome (lineMemo):
  // subjects repeated, in turn with others, each on its own day and figures, as a file's rows come.
  it("stays the full reports' CSV over one writer's long run, subjects repeated among others and each with its own options", () => {
    // In turn as one text (stdout, the page) and as pieces into a sink (a file): a line put again goes as its bytes.
    const itemArb = fc.tuple(fc.nat(5), optionsArb, flawsArb, fc.boolean());
    fc.assert(
      fc.property(fc.array(subjectArb, { minLength: 1, maxLength: 6 }), fc.array(itemArb, { minLength: 2, maxLength: 16 }), fc.constantFrom<"zh" | "en">("zh", "en"), (subjects, items, lang) => {
        const lean = csvWriter(lang);
        for (const [pick, raw, flaws, pieces] of items) {
          const subject = subjects[pick % subjects.length] as Subject;
          const { problems, ...resolved } = resolveEvaluateOptions({ asOf: raw.asOf, ...(raw.overrides && { overrides: raw.overrides }) }, builtInBook);
          expect(problems).toEqual([]);
          const options = raw.local ? { ...resolved, local: [LOCAL] } : resolved;
          const expected = csvWriter(lang).report(evaluateSubject(subject, options, undefined), flaws);
          if (!pieces) expect(lean.subject(planFor(options), subject, undefined, flaws)).toBe(expected);
          else {
            const sink = collecting();
            lean.subjectInto(sink, planFor(options), subject, undefined, flaws);
            expect(sink.written().toString("utf8")).toBe(expected);
          }
        }
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });
});
