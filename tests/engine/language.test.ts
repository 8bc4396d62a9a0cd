import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { examples } from "../../src/examples";
import { SubjectValidationError, createEvaluator, evaluate, safeEvaluate } from "../../src/index";
import type { AnyMessage, Bilingual, EvaluateOptions, Language, Report, SafeEvaluateResult } from "../../src/index";
import { failures, isCompliant, matchers } from "../../src/testing";
import { asOfArb, subjectArb } from "./subjects";

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const LANGUAGES = ["zh", "en"] as const;

/** A report in both languages with each message cut to one: what `language` must give, field for field. */
const cutTo = (report: Report, language: Language): Report<AnyMessage> => ({
  ...report,
  findings: report.findings.map((f) => ({ ...f, message: language === "zh" ? { zh: f.message.zh } : { en: f.message.en } })),
});

describe("messages in the language asked for (language: \"zh\" | \"en\")", () => {
  it("give, on generated subjects of every kind, the report in both languages with each message in that one alone", () => {
    fc.assert(
      fc.property(subjectArb, asOfArb, fc.constantFrom(...LANGUAGES), (subject, asOf, language) => {
        const both = evaluate(subject, { asOf });
        // JSON text, so that an empty or undefined other language would show as a difference.
        const expected = JSON.stringify(cutTo(both, language));
        expect(JSON.stringify(evaluate(subject, { asOf, language }))).toBe(expected);
        expect(JSON.stringify(createEvaluator({ asOf, language }).evaluate(subject))).toBe(expected);
        const safe = safeEvaluate(subject, { asOf, language });
        expect(safe.success && JSON.stringify(safe.report)).toBe(expected);
      }),
      { numRuns: runs },
    );
  });

  it.each(LANGUAGES)("in %s: a message has that one key, which a spread, structuredClone and JSON keep", (language) => {
    for (const { subject, asOf } of examples) {
      for (const f of evaluate(subject, { asOf, language }).findings) {
        expect(Object.keys(f.message)).toEqual([language]);
        expect((f.message as Record<string, string>)[language]).toMatch(language === "zh" ? /：.+。$/ : /: .+\.$/);
        expect({ ...f, message: { ...f.message } }).toEqual(f);
        expect(structuredClone(f)).toEqual(f);
        expect(JSON.parse(JSON.stringify(f))).toEqual(f);
      }
    }
  });

  it("is kept apart from the plan of the same options in both languages, whichever runs first", () => {
    const { subject, asOf } = examples[0]!;
    const zh = evaluate(subject, { asOf, language: "zh" });
    const both = evaluate(subject, { asOf });
    const en = evaluate(subject, { asOf, language: "en" });
    expect(Object.keys(both.findings[0]!.message)).toEqual(["zh", "en"]);
    expect(Object.keys(zh.findings[0]!.message)).toEqual(["zh"]);
    expect(Object.keys(en.findings[0]!.message)).toEqual(["en"]);
    expect(Object.keys(evaluate(subject, { asOf, language: "zh" }).findings[0]!.message)).toEqual(["zh"]);
  });

  it("changes nothing but the messages: lean reports, verdicts and explanations (still in both) are the same", () => {
    const { subject, asOf } = examples[0]!;
    const one = createEvaluator({ asOf, language: "en" });
    const both = createEvaluator({ asOf });
    expect(one.evaluate(subject, { findings: "lean" })).toEqual(both.evaluate(subject, { findings: "lean" }));
    expect(one.verdicts(subject)).toEqual(both.verdicts(subject));
    expect([...one.evaluateMany([subject, subject])].map((r) => JSON.stringify(r))).toEqual([...both.evaluateMany([subject, subject])].map((r) => JSON.stringify(cutTo(r, "en"))));
    const explained = evaluate(subject, { asOf, language: "zh", explain: true });
    expect(explained.findings.map((f) => f.trace)).toEqual(evaluate(subject, { asOf, explain: true }).findings.map((f) => f.trace));
  });

  it.each([
    ["fr", '"fr"'],
    ["ZH", '"ZH"'],
    ["", '""'],
    [1, "number"],
    [null, "null"],
    [["zh"], "a list"],
  ])("refuses language %j by name, with what to write instead", (language, shown) => {
    const problems = (() => {
      try {
        evaluate(examples[0]!.subject, { asOf: "2012-06-30", language: language as never });
      } catch (error) {
        return (error as SubjectValidationError).problems;
      }
    })();
    expect(problems).toEqual([{ path: "language", message: { zh: `应为 "zh"（中文）或 "en"（英文），不填则两种都写，收到 ${shown}`, en: `expected "zh" (Chinese) or "en" (English), or leave it out for both; received ${shown}` } }]);
    expect(() => createEvaluator({ asOf: "2012-06-30", language: language as never })).toThrow(SubjectValidationError);
    expect(safeEvaluate(examples[0]!.subject, { language: language as never }).success).toBe(false);
  });

  it("works with the testing helpers, whose failure messages show the one language there is", () => {
    const project = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 45000, serviceSpaceM2: 120 };
    const zh = evaluate(project, { asOf: "2013-01-01", language: "zh" });
    expect(isCompliant(zh)).toBe(false);
    expect(failures(zh).map((f) => f.message.zh)).toContain("社区综合服务用房面积：未达标；实际120平方米；要求不少于150.00平方米（建筑面积 45000 × 1/300）；差30.00平方米。");
    const said = matchers.toComply(zh).message();
    expect(said).toContain("差30.00平方米。");
    expect(said).not.toContain("undefined");
    expect(matchers.toComply(evaluate(project, { asOf: "2013-01-01" })).message()).toContain("short by 30.00 m².");
  });

  it("types each report by its language", () => {
    const project = { kind: "project", id: "p", buildingAreaM2: 45000, serviceSpaceM2: 120 };
    expectTypeOf(evaluate(project, { asOf: "2013-01-01", language: "zh" }).findings[0]!.message).toEqualTypeOf<{ zh: string }>();
    expectTypeOf(createEvaluator({ language: "en" }).evaluate(project).findings[0]!.message).toEqualTypeOf<{ en: string }>();
    expectTypeOf(evaluate(project, { asOf: "2013-01-01" }).findings[0]!.message).toEqualTypeOf<Bilingual>();
    // A language known only at run time: either message, to be narrowed.
    const chosen = LANGUAGES[Math.floor(Math.random() * 2)]!;
    expectTypeOf(evaluate(project, { language: chosen }).findings[0]!.message).toEqualTypeOf<{ zh: string } | { en: string }>();
    // Options that may or may not name one (a setting read at run time): both, or either.
    const maybe: { asOf: string; language?: Language } = { asOf: "2013-01-01" };
    expectTypeOf(evaluate(project, maybe).findings[0]!.message).toEqualTypeOf<AnyMessage>();
    expectTypeOf(createEvaluator(maybe).evaluate(project).findings[0]!.message).toEqualTypeOf<AnyMessage>();
    expect(Object.keys(evaluate(project, maybe).findings[0]!.message)).toEqual(["zh", "en"]);
    // Options typed as EvaluateOptions carry no language: both.
    const plain: EvaluateOptions = { asOf: "2013-01-01" };
    expectTypeOf(evaluate(project, plain).findings[0]!.message).toEqualTypeOf<Bilingual>();
    expectTypeOf(safeEvaluate(project, plain)).toEqualTypeOf<SafeEvaluateResult>();
    // @ts-expect-error a report in Chinese has no English message
    expect(evaluate(project, { asOf: "2013-01-01", language: "zh" }).findings[0]!.message.en).toBeUndefined();
  });
});
