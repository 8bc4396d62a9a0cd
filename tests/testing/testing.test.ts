import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index";
import { type ComplianceMatchers, failures, isCompliant, matchers } from "../../src/testing";

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T> extends ComplianceMatchers<T> {}
}
expect.extend(matchers);

// Pinned, as the README asks of every test: a verdict depends on the day.
const AS_OF = "2012-06-30";
const project = (fields: Record<string, unknown> = {}) => ({
  kind: "project",
  id: "p",
  jurisdiction: "longgang",
  buildingAreaM2: 30000,
  serviceSpaceM2: 100,
  serviceSpaceAgreementSigned: true,
  serviceSpaceDelivered: true,
  accepted: true,
  jointAcceptance: true,
  phased: false,
  serviceSpaceTitleToDistrict: true,
  serviceSpaceUseByCommunity: true,
  inOldCommunityLackingSpace: false,
  officeSpaceContracted: false,
  ...fields,
});
const report = (fields?: Record<string, unknown>) => evaluate(project(fields), { asOf: AS_OF });
const empty = evaluate({ kind: "community", id: "c", jurisdiction: "longgang" }, { asOf: AS_OF });

describe("isCompliant", () => {
  it.each([
    ["a project meeting every standard", report(), undefined, true],
    ["one m² short of 300:1 (30,000 m² need 100)", report({ serviceSpaceM2: 99 }), undefined, false],
    ["a community with no data at all, though nothing fails", empty, undefined, false],
    ["the same, when missing data is accepted", empty, { insufficientData: true }, true],
    ["a standard not yet due (the art. 32 rooms before 2011), strict", evaluate({ kind: "community", id: "c", oneStopServiceWindow: false }, { asOf: "2010-06-30", documents: ["longgang-2005"] }), { insufficientData: true }, false],
    ["the same, when pending is accepted", evaluate({ kind: "community", id: "c", oneStopServiceWindow: false }, { asOf: "2010-06-30", documents: ["longgang-2005"] }), { insufficientData: true, pending: true }, true],
  ])("%s → %s", (_, r, options, expected) => {
    expect(empty.summary.fail).toBe(0);
    expect(isCompliant(r, options)).toBe(expected);
  });
});

describe("failures", () => {
  it("lists the failing findings only", () => {
    expect(failures(report({ serviceSpaceM2: 99 })).map((f) => f.ruleId)).toEqual(["longgang-2005/service-space-ratio"]);
    expect(failures(report())).toEqual([]);
  });
});

describe("the matchers (expect.extend(matchers), vitest or jest)", () => {
  it("toComply passes for a compliant report and not for another", () => {
    expect(report()).toComply();
    expect(report({ serviceSpaceM2: 99 })).not.toComply();
    expect(empty).toComply({ insufficientData: true });
  });

  it("fails with the findings in the way, in Chinese and English", () => {
    let message = "";
    try {
      expect(report({ serviceSpaceM2: 99 })).toComply();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("预期 project p (2012-06-30) 达标");
    expect(message).toContain("未达标 longgang-2005/service-space-ratio [p] 社区综合服务用房面积：未达标");
    expect(message).toContain("community service space: not met");
  });

  it("toHaveFinding finds a rule's status for any subject", () => {
    expect(report({ serviceSpaceM2: 99 })).toHaveFinding("longgang-2005/service-space-ratio", "fail");
    expect(report()).not.toHaveFinding("longgang-2005/service-space-ratio", "fail");
    expect(() => expect(report()).toHaveFinding("longgang-2005/service-space-ratio", "fail")).toThrow(/expected longgang-2005\/service-space-ratio to be fail, but:\n.*达标/);
    expect(() => expect(report()).toHaveFinding("longgang-2005/no-such-rule", "pass")).toThrow(/has no finding of longgang-2005\/no-such-rule/);
  });

  it("say what they want when given something else", () => {
    expect(matchers.toComply(42)).toMatchObject({ pass: false });
    expect(matchers.toComply(42).message()).toMatch(/expected a report/);
  });
});

it("loads from the built package's testing entry", async () => {
  const built = await import(new URL("../../dist/testing.js", import.meta.url).href);
  expect(Object.keys(built).sort()).toEqual(["failures", "isCompliant", "matchers"]);
  expect(built.isCompliant(empty)).toBe(false);
});

describe("types for test writers", () => {
  it("narrow a finding by its status, and name the built-in rules", async () => {
    const { expectTypeOf } = await import("vitest");
    type Finding = import("../../src/index").Finding;
    const unmeasured = (f: Finding) => (f.status === "insufficient-data" ? f.measured : f.status === "not-applicable" ? f.required : undefined);
    expectTypeOf(unmeasured).returns.toEqualTypeOf<null | undefined>();
    const measured = (f: Finding) => (f.status === "fail" ? f.required : undefined);
    expectTypeOf(measured).returns.toEqualTypeOf<import("../../src/index").Requirement | null | undefined>();
    expectTypeOf<"longgang-2005/service-space-ratio">().toMatchTypeOf<import("../../src/index").RuleId>();
    expectTypeOf<"longgang-2005/no-such-rule">().not.toMatchTypeOf<import("../../src/index").RuleId>();
    const f = report().findings[0]!;
    if (f.status === "insufficient-data") expectTypeOf(f.measured).toBeNull();
  });
});
