import { describe, expect, it } from "vitest";
import { SubjectValidationError, createEvaluator, evaluate, governmentPurchasePrice, projectInLieuPayment, requiredServiceSpace, requiredStreetServiceCenterArea, rules } from "../../src/index";
import type { EvaluateOptions } from "../../src/index";

const RATIO = "longgang-2005/service-space-ratio";
const SOURCE = "某区实施细则 第5条";
const AS_OF = "2012-06-30";
const project = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 45000, serviceSpaceM2: 120, salePricePerM2Yuan: "8650.50" };
const findingOf = (id: string, subject: object, options: EvaluateOptions) => evaluate(subject, options).findings.find((f) => f.ruleId === id)!;
const problemsOf = (overrides: unknown) => {
  try {
    evaluate(project, { asOf: AS_OF, overrides: overrides as never });
  } catch (error) {
    return (error as SubjectValidationError).problems.map((p) => p.path);
  }
  return [];
};

describe("overrides: a district's own figures for one evaluation", () => {
  it("flip a verdict, and the finding says why: 45,000 m² need 150.00 at 300:1 and 112.50 at 400:1", () => {
    expect(findingOf(RATIO, project, { asOf: AS_OF })).toMatchObject({ status: "fail", shortfall: "30.00" });
    const f = findingOf(RATIO, project, { asOf: AS_OF, overrides: { [RATIO]: { threshold: { denominator: 400 }, source: SOURCE } } });
    expect(f).toMatchObject({ status: "pass", required: { value: "112.50" }, override: { source: SOURCE, original: { threshold: { denominator: 300 } }, applied: { threshold: { denominator: 400 } } } });
    expect(f.message.zh).toContain("已按“某区实施细则 第5条”调整（denominator 300→400）");
    expect(f.message.en).toContain("adjusted by 某区实施细则 第5条 (denominator 300→400)");
  });

  it("reach the payment in lieu: (45,000 ÷ 400 − 100) × 8,650.50 = 108,131.25", () => {
    const f = findingOf("longgang-2005/in-lieu-payment", { ...project, serviceSpaceM2: 100 }, { asOf: AS_OF, overrides: { "longgang-2005/in-lieu-payment": { threshold: { ratio: 400 }, source: SOURCE } } });
    expect(f.required?.value).toBe("108131.25");
    expect(projectInLieuPayment(45000, 100, "8650.50", 400)).toBe("108131.25");
  });

  it.each([
    ["a later due date keeps an unmet room pending", { due: "2011-06-30" }, "2011-01-01", "pending"],
    ["the day after it, the room fails", { due: "2011-06-30" }, "2011-07-01", "fail"],
    ["no due date: unmet is a failure at once", { due: null }, "2009-01-01", "fail"],
    ["without an override, 2011-01-01 is past the 2010 deadline", undefined, "2011-01-01", "fail"],
    ["…and 2010-12-31 is not", undefined, "2010-12-31", "pending"],
  ])("due dates: %s", (_, change, asOf, status) => {
    const id = "longgang-2005/facility-area/police";
    const community = { kind: "community", id: "c", jurisdiction: "longgang", rooms: [{ functions: ["police"], areaM2: 45 }] };
    const overrides = change && { [id]: { ...change, source: SOURCE } };
    expect(findingOf(id, community, { asOf, ...(overrides && { overrides }) }).status).toBe(status);
  });

  it("change a list within its own values: a general branch only", () => {
    const id = "dunhuang-opinions/party-organization-per-community";
    const community = { kind: "community", id: "c", jurisdiction: "dunhuang", partyOrganization: { form: "branch" } };
    expect(findingOf(id, community, { asOf: AS_OF }).status).toBe("pass");
    expect(findingOf(id, community, { asOf: AS_OF, overrides: { [id]: { threshold: { forms: ["general-branch"] }, source: SOURCE } } }).status).toBe("fail");
  });

  it.each([
    ["a misspelt figure", { [RATIO]: { threshold: { denominatr: 400 }, source: SOURCE } }, [`overrides.${RATIO}.threshold.denominatr`]],
    ["an unknown rule", { "longgang-2005/service-space-ration": { threshold: { denominator: 400 }, source: SOURCE } }, ["overrides.longgang-2005/service-space-ration"]],
    ["no source", { [RATIO]: { threshold: { denominator: 400 } } }, [`overrides.${RATIO}.source`]],
    ["a denominator of 0", { [RATIO]: { threshold: { denominator: 0 }, source: SOURCE } }, [`overrides.${RATIO}.threshold.denominator`]],
    ["a figure as text", { [RATIO]: { threshold: { denominator: "400" }, source: SOURCE } }, [`overrides.${RATIO}.threshold.denominator`]],
    ["a value outside the list's own", { "dunhuang-opinions/party-organization-per-community": { threshold: { forms: ["branc"] }, source: SOURCE } }, ["overrides.dunhuang-opinions/party-organization-per-community.threshold.forms"]],
    ["a marker that is not a figure", { "longgang-2005/one-stop-service-window": { threshold: { present: false }, source: SOURCE } }, ["overrides.longgang-2005/one-stop-service-window.threshold.present"]],
    ["a bad date", { [RATIO]: { due: "2012-02-30", source: SOURCE } }, [`overrides.${RATIO}.due`]],
    ["an unknown field", { [RATIO]: { threshold: { denominator: 400 }, source: SOURCE, reason: "x" } }, [`overrides.${RATIO}.reason`]],
    ["nothing to change", { [RATIO]: { source: SOURCE } }, [`overrides.${RATIO}`]],
    ["not an object", [RATIO], ["overrides"]],
  ])("refuse %s, naming its path", (_, overrides, paths) => {
    expect(problemsOf(overrides)).toEqual(paths);
  });

  it("never change the built-in rules, nor a later evaluation without them", () => {
    evaluate(project, { asOf: AS_OF, overrides: { [RATIO]: { threshold: { denominator: 400 }, source: SOURCE } } });
    expect(rules.find((r) => r.id === RATIO)!.threshold).toEqual({ numerator: 1, denominator: 300 });
    const later = findingOf(RATIO, project, { asOf: AS_OF });
    expect(later).toMatchObject({ status: "fail" });
    expect(later.override).toBeUndefined();
    expect(later.citation.quote).toContain("300:1");
  });

  it("work in an evaluator, compiled once", () => {
    const evaluator = createEvaluator({ asOf: AS_OF, overrides: { [RATIO]: { threshold: { denominator: 400 }, source: SOURCE } } });
    expect(evaluator.verdicts(project)[0]!.statuses.pass).toContain(RATIO);
    expect(() => createEvaluator({ overrides: { [RATIO]: { threshold: { denominatr: 400 }, source: SOURCE } } })).toThrow(/denominatr/);
  });
});

describe("the calculators take the same figures", () => {
  it.each([
    ["requiredServiceSpace at 1 m² per 400 m²", () => requiredServiceSpace(30000, 400), "75.00"],
    ["requiredStreetServiceCenterArea at 12 m² per 1000 people", () => requiredStreetServiceCenterArea(45678, { areaM2: 12, perPeople: 1000 }), "548.14"],
    ["governmentPurchasePrice with a 6% fee: 4.3 × 1.06 = 4.558", () => governmentPurchasePrice(4.3, "0.06"), "4.56"],
    ["the defaults are the documents' own", () => requiredServiceSpace(30000), "100.00"],
  ])("%s", (_, call, expected) => {
    expect(call()).toBe(expected);
  });

  it.each([
    ["a ratio of 0", () => requiredServiceSpace(30000, 0), /^ratio: /],
    ["a negative ratio", () => projectInLieuPayment(45000, 100, 1, -1), /^ratio: /],
    ["a rate per 0 people", () => requiredStreetServiceCenterArea(100, { areaM2: 10, perPeople: 0 }), /^rate\.perPeople: /],
  ])("refuse %s with a RangeError naming it", (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
