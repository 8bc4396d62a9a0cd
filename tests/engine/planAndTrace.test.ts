import { describe, expect, it } from "vitest";
import { builtInBook, ruleBook } from "../../rules";
import type { Subject } from "../../src/schema/subject";
import { compilePlan, planFor } from "../../src/engine/plan";
import { explaining, step, traced } from "../../src/measure/trace";

describe("planFor keeps the plans of the last 8 option sets", () => {
  const options = (day: number) => ({ book: builtInBook, asOf: `2012-01-${String(day).padStart(2, "0")}`, documents: undefined });

  it("keeps the plans of each rule book apart: another book's plan for the same options is its own", () => {
    const other = { rules: builtInBook.rules.filter((r) => r.document === "longgang-2005"), documents: builtInBook.documents };
    const mine = planFor({ ...options(5), book: other });
    expect(mine).not.toBe(planFor(options(5)));
    expect(planFor({ ...options(5), book: other })).toBe(mine);
    const rules = new Set(mine.report({ kind: "community", id: "c" }).findings.map((f) => f.ruleId.split("/")[0]));
    expect([...rules]).toEqual(["longgang-2005"]);
  });

  it("gives the same plan for the same options, and a new one for others", () => {
    expect(planFor(options(1))).toBe(planFor(options(1)));
    expect(planFor(options(1))).not.toBe(planFor(options(2)));
    expect(planFor({ book: builtInBook, asOf: "2012-01-01", documents: ["longgang-2005"] })).not.toBe(planFor(options(1)));
  });

  it("forgets the least recently used past 8, and keeps one used again", () => {
    const first = planFor(options(10));
    const kept = planFor(options(11));
    for (let day = 12; day <= 17; day++) planFor(options(day));
    expect(planFor(options(11))).toBe(kept); // used again: now the most recent
    planFor(options(18));
    planFor(options(19));
    expect(planFor(options(10))).not.toBe(first);
    expect(planFor(options(11))).toBe(kept);
  });

  it("never keeps a plan with local documents", () => {
    const local = [{ document: { id: "x", title: "t", issuer: "i", issued: null, inForce: null, timeline: [] }, rules: [], text: "t" }];
    expect(planFor({ ...options(20), local })).not.toBe(planFor({ ...options(20), local }));
  });

  it("compiles nothing for a kind the chosen documents have no rules for: Linyi sets none for a housing project", () => {
    const report = compilePlan({ book: builtInBook, asOf: "2012-01-21", documents: ["linyi-report"] }).report({ kind: "project", id: "p" }, undefined);
    expect(report.findings).toEqual([]);
    expect(report.documents).toEqual(["linyi-report"]);
    expect(compilePlan({ book: builtInBook, asOf: "2012-01-21", documents: ["longgang-2005"] }).report({ kind: "project", id: "p" }, undefined).findings.length).toBeGreaterThan(0);
  });
});

describe("traced records the steps of its own run only", () => {
  it("records inside, not outside, and restores an outer run", () => {
    expect(explaining()).toBe(false);
    step(() => ({ zh: "外", en: "outside" }));
    const outer = traced(() => {
      step(() => ({ zh: "一", en: "one" }));
      const inner = traced(() => {
        step(() => ({ zh: "二", en: "two" }));
        return explaining();
      });
      step(() => ({ zh: "三", en: "three" }));
      return inner;
    });
    expect(outer.value.value).toBe(true);
    expect(outer.value.steps.map((s) => s.en)).toEqual(["two"]);
    expect(outer.steps.map((s) => s.en)).toEqual(["one", "three"]);
    expect(explaining()).toBe(false);
  });

  it("restores the state when the run throws", () => {
    expect(() => traced(() => {
      throw new Error("x");
    })).toThrow("x");
    expect(explaining()).toBe(false);
  });
});

describe("compilePlan: one subject read on its own from a streamed tree", () => {
  const options = { book: builtInBook, asOf: "2012-06-30", documents: undefined };
  const community: Subject = { kind: "community", id: "c1", rooms: [] };

  it("puts the ancestors' ids before the subject's, in the report and in every finding", () => {
    const report = compilePlan(options).report(community, { parentPath: ["lg", "s"], inherited: { jurisdiction: "longgang", pilot: undefined } });
    expect(report.subject).toEqual({ kind: "community", id: "c1", path: ["lg", "s", "c1"] });
    expect(new Set(report.findings.map((f) => f.subject.path.join("/")))).toEqual(new Set(["lg/s/c1"]));
  });

  it("holds the subject to the documents of the jurisdiction it inherits, and names only those", () => {
    const report = compilePlan(options).report(community, { parentPath: ["s"], inherited: { jurisdiction: "longgang", pilot: undefined } });
    expect(report.documents).toEqual(["longgang-2005"]);
    expect(new Set(report.findings.map((f) => f.document))).toEqual(new Set(["longgang-2005"]));
  });

  it("passes the inherited pilot flag to the rules: Guangzhou 2000 binds a community of a pilot street", () => {
    const id = "guangzhou-2000/volunteers-3-percent";
    const withPilot = (pilot: boolean | undefined) => compilePlan(options).report({ kind: "community", id: "c", population: 1000, volunteers: 0 }, { parentPath: ["s"], inherited: { jurisdiction: "guangzhou", pilot } }).findings.find((f) => f.ruleId === id)!.status;
    expect(withPilot(true)).toBe("fail");
    expect(withPilot(false)).toBe("not-applicable");
  });

  it("without a jurisdiction, is held to all five documents, listed in the library's order", () => {
    expect(compilePlan(options).report(community).documents).toEqual(["guangzhou-2000", "linyi-report", "dunhuang-opinions", "guangzhou-2011", "longgang-2005"]);
  });

  it("names the subject in the report and its findings only when it has a name", () => {
    const named = compilePlan(options).report({ ...community, name: "石岩社区" });
    expect(named.subject).toEqual({ kind: "community", id: "c1", path: ["c1"], name: "石岩社区" });
    expect(named.findings[0]!.subject).toEqual({ kind: "community", id: "c1", path: ["c1"], name: "石岩社区" });
    expect("name" in compilePlan(options).report(community).subject).toBe(false);
    expect("name" in compilePlan(options).report(community).findings[0]!.subject).toBe(false);
  });
});

describe("compilePlan: local documents and overrides", () => {
  const localDocument = (jurisdiction?: "longgang") => ({
    document: { id: "local", title: "细则", issuer: "某街道", issued: null, inForce: null, timeline: [], ...(jurisdiction && { jurisdiction }) },
    rules: [{ ...ruleBook.find((r) => r.id === "longgang-2005/residents-committee-members")!, id: "local/members", document: "local" }],
    text: "t",
  });
  const documentsOf = (jurisdiction: "longgang" | undefined, subjectJurisdiction: string) =>
    compilePlan({ book: builtInBook, asOf: "2012-06-30", documents: undefined, local: [localDocument(jurisdiction)] as never }).report({ kind: "community", id: "c", jurisdiction: subjectJurisdiction } as never).documents;

  it("binds a local document without a jurisdiction wherever it is brought, and one with a jurisdiction only there", () => {
    expect(documentsOf(undefined, "guangzhou")).toEqual(["guangzhou-2000", "guangzhou-2011", "local"]);
    expect(documentsOf("longgang", "guangzhou")).toEqual(["guangzhou-2000", "guangzhou-2011"]);
    expect(documentsOf("longgang", "longgang")).toEqual(["longgang-2005", "local"]);
  });

  it("runs the overriding copy of a rule in place of the rule", () => {
    const rule = ruleBook.find((r) => r.id === "longgang-2005/residents-committee-members")!;
    const changed = { ...rule, threshold: { min: 11, max: 13 } };
    const report = compilePlan({ book: builtInBook, asOf: "2012-06-30", documents: ["longgang-2005"], overrides: new Map([[rule.id, changed]]) }).report({ kind: "community", id: "c", residentsCommittee: { members: 12 } });
    expect(report.findings.find((f) => f.ruleId === rule.id)!.status).toBe("pass");
  });

  it("keeps plans apart that differ in their overrides or in explaining", () => {
    const rule = ruleBook.find((r) => r.id === "longgang-2005/residents-committee-members")!;
    const base = { book: builtInBook, asOf: "2012-02-01", documents: undefined };
    const overrides = (max: number) => new Map([[rule.id, { ...rule, override: { threshold: { max }, source: "细则", original: { max: 9 }, applied: { max } } } as never]]);
    expect(planFor({ ...base, overrides: overrides(10) })).not.toBe(planFor(base));
    expect(planFor({ ...base, overrides: overrides(10) })).toBe(planFor({ ...base, overrides: overrides(10) }));
    expect(planFor({ ...base, overrides: overrides(11) })).not.toBe(planFor({ ...base, overrides: overrides(10) }));
    expect(planFor({ ...base, explain: () => [] })).not.toBe(planFor(base));
    expect(planFor({ ...base, documents: ["longgang-2005", "linyi-report"] })).not.toBe(planFor({ ...base, documents: ["longgang-2005"] }));
  });
});

describe("compilePlan: verdicts", () => {
  it("gives each subject of a tree its path, its name, and only the status groups it has", () => {
    const street = { kind: "street", id: "s", jurisdiction: "longgang", name: "龙城街道", communities: [{ kind: "community", id: "c", residentsCommittee: { members: 7 } }] } as const;
    const verdicts = compilePlan({ book: builtInBook, asOf: "2012-06-30", documents: ["longgang-2005"] }).verdicts(street as never);
    expect(verdicts.map((v) => v.subject)).toEqual([
      { kind: "street", id: "s", path: ["s"], name: "龙城街道" },
      { kind: "community", id: "c", path: ["s", "c"] },
    ]);
    expect(verdicts[1]!.statuses.pass).toContain("longgang-2005/residents-committee-members");
    expect(Object.keys(verdicts[1]!.statuses).sort()).toEqual(["fail", "info", "insufficient-data", "not-applicable", "pass", "pending"]);
    expect(verdicts[1]!.statuses.pending).toEqual([]);
    expect(verdicts[1]!.statuses["insufficient-data"]).toContain("longgang-2005/facility-area/library");
  });

  it("judges a verdict on the subject's jurisdiction: a Guangzhou street has no Longgang rules", () => {
    const verdicts = compilePlan({ book: builtInBook, asOf: "2012-06-30", documents: undefined }).verdicts({ kind: "community", id: "c", jurisdiction: "guangzhou" } as never);
    expect(Object.values(verdicts[0]!.statuses).flat().some((id) => id.startsWith("longgang"))).toBe(false);
    expect(Object.values(verdicts[0]!.statuses).flat().some((id) => id.startsWith("guangzhou-2011"))).toBe(true);
  });
});
