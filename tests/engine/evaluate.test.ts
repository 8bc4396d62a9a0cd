import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { documents, evaluate, rules, safeEvaluate } from "../../src/index";
import { deepFreeze } from "../helpers";

const street = {
  kind: "street",
  id: "nanwan",
  jurisdiction: "longgang",
  assessments: [{ year: 2009, passed: true }],
  communities: [
    { kind: "community", id: "c1", residentsCommittee: { members: 7 } },
    { kind: "community", id: "c2", jurisdiction: "longgang", residentsCommittee: { members: 4 } },
  ],
} as const;

describe("evaluate", () => {
  it("evaluates nested subjects, naming each by its path", () => {
    const report = evaluate(street, { asOf: "2012-01-01" });
    const members = report.findings.filter((f) => f.ruleId === "longgang-2005/residents-committee-members");
    expect(members.map((f) => [f.subject.path, f.status])).toEqual([
      [["nanwan", "c1"], "pass"],
      [["nanwan", "c2"], "fail"],
    ]);
    expect(report.findings.find((f) => f.ruleId === "longgang-2005/annual-assessment")?.subject).toEqual({ kind: "street", id: "nanwan", path: ["nanwan"] });
  });

  it("lets a nested subject inherit its parent's jurisdiction", () => {
    const report = evaluate(street, { asOf: "2012-01-01" });
    const c1 = report.findings.filter((f) => f.subject.id === "c1");
    expect(c1.length).toBeGreaterThan(0);
    expect(new Set(c1.map((f) => f.document))).toEqual(new Set(["longgang-2005"]));
  });

  it("applies only the rules of the subject's kind", () => {
    const report = evaluate({ kind: "project", id: "p", jurisdiction: "longgang" }, { asOf: "2012-01-01" });
    const projectRules = rules.filter((r) => r.subject === "project" && r.document === "longgang-2005").map((r) => r.id);
    expect(report.findings.map((f) => f.ruleId)).toEqual(projectRules);
  });

  it("holds a subject to explicitly chosen documents", () => {
    const report = evaluate({ kind: "community", id: "c", jurisdiction: "linyi", rooms: [{ functions: ["police"], areaM2: 0 }] }, { asOf: "2012-01-01", documents: ["longgang-2005"] });
    expect(report.documents).toEqual(["longgang-2005"]);
    expect(report.findings.find((f) => f.ruleId === "longgang-2005/facility-area/police")?.status).toBe("fail");
  });

  it("counts findings by status in the summary", () => {
    const { findings, summary } = evaluate(street, { asOf: "2012-01-01" });
    expect(summary.total).toBe(findings.length);
    expect(summary.fail).toBe(findings.filter((f) => f.status === "fail").length);
    expect(summary.pass + summary.fail + summary.pending + summary["not-applicable"] + summary["insufficient-data"] + summary.info).toBe(summary.total);
  });

  it("defaults asOf to today", () => {
    expect(evaluate({ kind: "project", id: "p" }).asOf).toBe(format(new Date(), "yyyy-MM-dd"));
  });

  it("accepts asOf as a Date", () => {
    expect(evaluate({ kind: "project", id: "p" }, { asOf: new Date(2010, 11, 31) }).asOf).toBe("2010-12-31");
  });

  it("does not mutate its input", () => {
    const frozen = deepFreeze(structuredClone(street));
    expect(() => evaluate(frozen, { asOf: "2012-01-01" })).not.toThrow();
    expect(frozen).toEqual(street);
  });

  it("cites every finding with its document's title, article and quote", () => {
    for (const f of evaluate(street, { asOf: "2012-01-01" }).findings) {
      const rule = rules.find((r) => r.id === f.ruleId)!;
      const document = documents.find((d) => d.id === rule.document)!;
      expect(f.citation).toEqual({ document: rule.document, title: document.title, issued: document.issued, article: rule.article, quote: rule.quote, displayQuote: rule.displayQuote ?? rule.quote });
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["an impossible as-of date", { asOf: "2012-02-30" }, "asOf"],
    ["an unknown document", { documents: ["longgang-2006"] }, "documents[0]"],
  ])("refuses %s with its path", (_, options, path) => {
    const result = safeEvaluate({ kind: "project", id: "p" }, options as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.problems.map((p) => p.path)).toEqual([path]);
  });

  it.each([
    ["a revoked Proxy", () => {
      const { proxy, revoke } = Proxy.revocable({ kind: "community", id: "c" }, {});
      revoke();
      return proxy;
    }],
    ["a getter that throws", () => ({ kind: "community", get id(): string {
      throw new Error("no id today");
    } })],
  ])("safeEvaluate answers %s with a problem, never a throw", (_, make) => {
    const result = safeEvaluate(make());
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.problems[0]!.message.zh).toMatch(/^无法读取输入（/);
  });

  it("safeEvaluate returns the report when the input is valid", () => {
    const result = safeEvaluate(street, { asOf: "2012-01-01" });
    expect(result.success && result.report.subject).toEqual({ kind: "street", id: "nanwan", path: ["nanwan"] });
  });
});
