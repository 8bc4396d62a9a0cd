import { builtInBook } from "../../rules";
import { describe, expect, it } from "vitest";
import { documents as allDocuments, ruleBook } from "../../rules";
import { areaServing } from "../../src/rule/areaServing";
import { field } from "../../src/measure/field";
import { findingOf } from "../../src/engine/findingOf";
import { resolveEvaluateOptions } from "../../src/engine/resolveEvaluateOptions";
import { traced } from "../../src/measure/trace";
import { isWholeUnit } from "../../src/measure/units";
import { walkSubjects } from "../../src/schema/walkSubjects";
import { createEvaluator, evaluate, SubjectValidationError } from "../../src/index";
import type { Subject } from "../../src/schema/subject";

describe("isWholeUnit: people, counts, beds, quarters and years are whole; areas, money and shares are not", () => {
  it.each([
    ["people", true],
    ["households", true],
    ["count", true],
    ["beds", true],
    ["quarters", true],
    ["years", true],
    ["m2", false],
    ["yuan", false],
    ["percent", false],
  ] as const)("%s → %s", (unit, whole) => {
    expect(isWholeUnit(unit)).toBe(whole);
  });
});

describe("areaServing: the area serving one function", () => {
  it.each([
    ["no rooms at all", undefined, { path: "rooms", value: undefined, shared: false }],
    ["no room listing the function", [{ functions: ["office"], areaM2: 50 }], { path: "rooms[function=library]", value: undefined, shared: false }],
    ["a room of its own", [{ functions: ["library"], areaM2: 50 }], { path: "rooms[function=library]", value: "50", shared: false }],
    ["a room of its own and a shared one, whole", [{ functions: ["library"], areaM2: 50 }, { functions: ["office", "library"], areaM2: 30 }], { path: "rooms[function=library]", value: "80", shared: true }],
    ["a room of its own and a shared one, decimal", [{ functions: ["library"], areaM2: "50.5" }, { functions: ["library", "office"], areaM2: 30 }], { path: "rooms[function=library]", value: "80.5", shared: true }],
    ["two rooms of its own, one decimal", [{ functions: ["library"], areaM2: "0.25" }, { functions: ["library"], areaM2: 1 }], { path: "rooms[function=library]", value: "1.25", shared: false }],
  ] as const)("%s", (_, rooms, expected) => {
    expect(areaServing({ rooms: rooms as never }, "library")).toEqual(expected);
  });

  it("explains the sum, naming the rooms", () => {
    const { steps } = traced(() => areaServing({ rooms: [{ name: "书屋", functions: ["library"], areaM2: 50 }, { functions: ["library", "office"], areaM2: "30.5" }] }, "library"));
    expect(steps).toEqual([{ zh: "图书室面积：50（书屋） + 30.5（一室多用的房间全额计入每一用途）", en: "area serving library: 50（书屋） + 30.5 (a shared room counts in full for each of its functions)" }]);
  });

  it("says nothing of sharing when no room is shared, and does not repeat a room named after its function", () => {
    const { steps } = traced(() => areaServing({ rooms: [{ name: "library", functions: ["library"], areaM2: 50 }, { name: "书屋", functions: ["library"], areaM2: 20 }] }, "library"));
    expect(steps).toEqual([{ zh: "图书室面积：50 + 20（书屋）", en: "area serving library: 50 + 20（书屋）" }]);
  });
});

describe("field: the explanation of a read", () => {
  it.each([
    [{ serviceStation: true }, "serviceStation", { zh: "读取 社区服务站（serviceStation）：是", en: "read serviceStation: true" }],
    [{ serviceStation: false }, "serviceStation", { zh: "读取 社区服务站（serviceStation）：否", en: "read serviceStation: false" }],
    [{}, "serviceStation", { zh: "读取 社区服务站（serviceStation）：缺", en: "read serviceStation: (missing)" }],
    [{ population: 12 }, "population", { zh: "读取 人口（population）：12", en: "read population: 12" }],
    [{ partyOrganization: { form: "general-branch" } }, "partyOrganization.form", { zh: "读取 党组织形式（partyOrganization.form）：党总支", en: 'read partyOrganization.form: "general-branch"' }],
    [{ partyOrganization: { jointMeetings: ["2012-02-03", "2012-05-12"] } }, "partyOrganization.jointMeetings", { zh: "读取 党建联席会议日期（partyOrganization.jointMeetings）：2012-02-03、2012-05-12", en: 'read partyOrganization.jointMeetings: ["2012-02-03","2012-05-12"]' }],
    [{ villageConversion: { officeSpaceProvidedM2: "380.5" } }, "villageConversion.officeSpaceProvidedM2", { zh: "读取 股份公司提供办公用房面积（villageConversion.officeSpaceProvidedM2）：380.5", en: 'read villageConversion.officeSpaceProvidedM2: "380.5"' }],
  ] as const)("%j at %s", (subject, path, expected) => {
    const { steps, value } = traced(() => field(subject as never, path as never));
    expect(steps).toEqual([expected]);
    expect(value.path).toBe(path);
  });
});

describe("findingOf", () => {
  const rule = ruleBook.find((r) => r.id === "longgang-2005/party-organization-form")!;
  const document = allDocuments.find((d) => d.id === "longgang-2005")!;
  const subject = { kind: "community", id: "c", partyMembers: 60, partyOrganization: { form: "branch" } };
  const where = { kind: "community" as const, id: "c", path: ["c"] };

  it("says in both languages that the document is not yet in force", () => {
    const f = findingOf(rule, subject, where, { asOf: "2005-07-26", document, pilot: undefined });
    expect(f.status).toBe("not-applicable");
    expect(f.message.zh).toContain("文件自2005-07-27起施行，评估日尚未施行");
    expect(f.message.en).toContain("the document is in force from 2005-07-27, after the as-of date");
  });

  it("copies a list it requires, and a basis, so that changing one finding changes no other", () => {
    const context = { asOf: "2012-06-30", document, pilot: undefined };
    const [a, b] = [findingOf(rule, subject, where, context), findingOf(rule, subject, where, context)];
    expect(a.required!.value).toEqual(["general-branch"]);
    expect(a.required!.value).not.toBe(b.required!.value);
    expect(a.required!.value).not.toBe((rule.threshold as { generalBranchForms: unknown }).generalBranchForms);
    const rate = ruleBook.find((r) => r.id === "longgang-2005/service-space-ratio")!;
    const project = { kind: "project", id: "p", buildingAreaM2: 300, serviceSpaceM2: 1 };
    const [c, d] = [findingOf(rate, project, { ...where, kind: "project" }, context), findingOf(rate, project, { ...where, kind: "project" }, context)];
    expect(c.required!.basis).toEqual({ zh: "建筑面积 300 × 1/300", en: "1/300 of building area 300" });
    expect(c.required!.basis).not.toBe(d.required!.basis);
  });

  it("keeps a requirement that is neither a list nor has a basis as it is", () => {
    const size = ruleBook.find((r) => r.id === "longgang-2005/residents-committee-members")!;
    const f = findingOf(size, { kind: "community", id: "c", residentsCommittee: { members: 7 } }, where, { asOf: "2012-06-30", document, pilot: undefined });
    expect(f.required).toEqual({ comparison: "within", min: 5, max: 9, unit: "people" });
  });
});

describe("walkSubjects: a parent without a list of children has none", () => {
  it.each([
    [{ kind: "city", id: "x" }],
    [{ kind: "district", id: "x" }],
    [{ kind: "street", id: "x" }],
    [{ kind: "community", id: "x" }],
  ] as const)("%j", (subject) => {
    expect([...walkSubjects(subject as Subject)].map((v) => v.path)).toEqual([["x"]]);
  });

  it("walks a city's districts", () => {
    expect([...walkSubjects({ kind: "city", id: "gz", districts: [{ kind: "district", id: "d" }] } as Subject)].map((v) => v.path.join("/"))).toEqual(["gz", "gz/d"]);
  });
});

describe("an invalid subject of a batch is named by its index", () => {
  it.each([
    ["a problem of a field", { kind: "community", id: "c", population: -1 }, "[1].population"],
    ["a problem of the whole", 42, "[1]"],
  ])("%s", (_, bad, path) => {
    const evaluator = createEvaluator({ asOf: "2012-06-30" });
    const run = () => [...evaluator.evaluateMany([{ kind: "community", id: "ok" }, bad])];
    expect(run).toThrow(SubjectValidationError);
    try {
      run();
    } catch (error) {
      expect((error as SubjectValidationError).problems.map((p) => p.path)).toEqual([path]);
    }
  });

  it("a single evaluation names no index", () => {
    expect(() => createEvaluator({ asOf: "2012-06-30" }).evaluate({ kind: "community", id: "c", population: -1 })).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: "population" })] }));
  });
});

describe("resolveEvaluateOptions", () => {
  it("names a non-boolean explain in both languages", () => {
    expect(resolveEvaluateOptions({ explain: "yes" }, builtInBook).problems).toEqual([{ path: "explain", message: { zh: "应为 true 或 false", en: "expected true or false" } }]);
  });

  it("keeps no overrides when none are given, and no explainer unless asked", () => {
    const resolved = resolveEvaluateOptions({ asOf: "2012-06-30", overrides: {}, explain: false }, builtInBook);
    expect("overrides" in resolved).toBe(false);
    expect("explain" in resolved).toBe(false);
    expect(evaluate({ kind: "project", id: "p" }, { asOf: "2012-06-30", overrides: {} }).findings.every((f) => f.override === undefined)).toBe(true);
  });
});
