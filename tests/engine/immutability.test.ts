import { describe, expect, it } from "vitest";
import * as authoring from "../../src/authoring";
import * as calculators from "../../src/calculators";
import * as api from "../../src/index";
import { COLUMNS, documents, evaluate, rules } from "../../src/index";
import * as testing from "../../src/testing";
import { normalizedTexts } from "../../src/texts";
import { examples } from "../../src/examples";
import { objectsOf } from "../helpers";

const shared = (a: Set<object>, b: Set<object>) => [...a].filter((o) => b.has(o));
// Every value every entry exports that is not a function (schemas are zod's own objects, not data).
const entries = [api, testing, authoring, calculators, { normalizedTexts }];
const EXPORTS = Object.fromEntries(entries.flatMap((entry) => Object.entries(entry)).filter(([name, value]) => typeof value === "object" && value !== null && !name.endsWith("Schema")));

describe("what the library exports", () => {
  it("covers every data export of every entry", () => {
    expect(Object.keys(EXPORTS).sort()).toEqual(["COLUMNS", "COLUMN_DOCS", "COLUMN_LABELS", "ENUM_LABELS", "RULE_IDS", "STATUS_LABELS", "documents", "matchers", "normalizedTexts", "rules"]);
  });

  it.each(Object.entries(EXPORTS))("%s is frozen all the way down", (_, value) => {
    for (const o of objectsOf(value)) expect(Object.isFrozen(o)).toBe(true);
  });

  it("cannot be changed to change a verdict", () => {
    const ratio = rules.find((r) => r.id === "longgang-2005/service-space-ratio")!;
    expect(() => {
      (ratio.threshold as { denominator: number }).denominator = 400;
    }).toThrow(TypeError);
    expect(() => {
      (documents as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (COLUMNS[1] as { type: string }).type = "text";
    }).toThrow(TypeError);
    const project = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 45000, serviceSpaceM2: 120 };
    expect(evaluate(project, { asOf: "2013-01-01" }).findings.find((f) => f.ruleId === ratio.id)!.status).toBe("fail");
  });
});

describe("a report", () => {
  const asOf = (i: number) => examples[i]!.asOf;

  it.each(examples.map((e, i) => [e.subject.id, i]))("of %s shares no object with the library's exports", (_, i) => {
    const report = evaluate(examples[i]!.subject, { asOf: asOf(i) });
    expect(shared(objectsOf(report), objectsOf(EXPORTS))).toEqual([]);
  });

  it("shares no object with another report of the same subject", () => {
    const a = evaluate(examples[0]!.subject, { asOf: asOf(0) });
    const b = evaluate(examples[0]!.subject, { asOf: asOf(0) });
    expect(shared(objectsOf(a), objectsOf(b))).toEqual([]);
    expect(a).toEqual(b);
  });

  it("can be changed by its caller without changing a later report", () => {
    const community = { kind: "community", id: "c", jurisdiction: "longgang", partyMembers: 60, partyOrganization: { form: "branch" } };
    const first = evaluate(community, { asOf: "2013-01-01" });
    const form = first.findings.find((f) => f.ruleId === "longgang-2005/party-organization-form")!;
    expect(form.status).toBe("fail");
    (form.required!.value as string[]).push("branch");
    form.consequences.push({ code: "yellow-card", zh: "x", en: "x" });
    form.subject.path.push("x");
    const later = evaluate(community, { asOf: "2013-01-01" }).findings.find((f) => f.ruleId === form.ruleId)!;
    expect(later.status).toBe("fail");
    expect(later.required!.value).toEqual(["general-branch"]);
    expect(later.consequences).toEqual([]);
    expect(later.subject.path).toEqual(["c"]);
  });

  it("leaves its input as it was", () => {
    const input = structuredClone(examples[0]!.subject);
    const before = JSON.stringify(input);
    evaluate(input, { asOf: asOf(0) });
    expect(JSON.stringify(input)).toBe(before);
  });

  it("holds its messages as plain text: a copy, a spread or a worker's structuredClone keeps both languages", () => {
    const report = evaluate(examples[0]!.subject, { asOf: asOf(0) });
    const finding = report.findings.find((f) => f.status === "fail")!;
    for (const lang of ["zh", "en"] as const) {
      const property = Object.getOwnPropertyDescriptor(finding.message, lang)!;
      expect(typeof property.value).toBe("string");
      expect(property.get).toBeUndefined();
    }
    expect({ ...finding.message }).toEqual({ zh: finding.message.zh, en: finding.message.en });
    expect(structuredClone(report)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(finding.message.zh).toMatch(/：未达标；/);
  });
});
