import { describe, expect, it } from "vitest";
import { evaluate, documents } from "../src/index";
import { examples } from "../src/examples";

const reports = examples.map((e) => evaluate(e.subject, { asOf: e.asOf }));
const findings = reports.flatMap((r) => r.findings);

describe("the embedded examples (npm start)", () => {
  it.each(documents.map((d) => [d.id]))("show at least one finding from %s", (id) => {
    expect(findings.filter((f) => f.document === id && f.status !== "not-applicable").length).toBeGreaterThan(0);
  });

  it.each(["pass", "fail", "pending", "insufficient-data", "info"])("show a %s finding", (status) => {
    expect(findings.some((f) => f.status === status)).toBe(true);
  });

  it("the Longgang example shows a pending art. 32 room and the Longgang project a failing 300:1 ratio", () => {
    expect(findings.find((f) => f.ruleId === "longgang-2005/facility-area/police")?.status).toBe("pending");
    expect(findings.find((f) => f.ruleId === "longgang-2005/service-space-ratio")).toMatchObject({ status: "fail", shortfall: "30.00" });
  });
});

describe("later documents alongside earlier ones (Guangzhou)", () => {
  const guangzhou = reports[examples.findIndex((e) => e.subject.id === "guangzhou")]!;

  it("reports both elderly-bed figures, each with its document and year (parents before children)", () => {
    const beds = guangzhou.findings.filter((f) => f.ruleId.includes("elderly-beds"));
    expect(beds.map((f) => [f.ruleId, f.subject.path.join("/"), f.citation.issued, f.status])).toEqual([
      // 1,330,000 × 30 / 1000 = 39,900 beds by 2015; 38,600 on 2014-03-01 is pending.
      ["guangzhou-2011/elderly-beds-30-per-1000", "guangzhou", "2011-07-23", "pending"],
      // 11,200 elderly × 10 / 1000 = 112 beds such an institution would have; the street has 120: reported (a permission).
      ["guangzhou-2000/elderly-beds-10-per-1000", "guangzhou/tianhe/shipai", "2000-11-23", "info"],
    ]);
  });

  it("holds a Guangzhou community to both documents by default", () => {
    const pailou = guangzhou.findings.filter((f) => f.subject.id === "pailou");
    expect(new Set(pailou.map((f) => f.document))).toEqual(new Set(["guangzhou-2000", "guangzhou-2011"]));
  });

  it("the pilot street's service center is short of 10 m² per 1000 people: 98,500 need 985 m², 960.5 are there", () => {
    expect(guangzhou.findings.find((f) => f.ruleId === "guangzhou-2000/street-service-center-area")).toMatchObject({ status: "fail", shortfall: "24.50" });
  });
});

it("names the base of a rate in the message's own language", () => {
  const volunteers = findings.find((f) => f.ruleId === "guangzhou-2000/volunteers-3-percent")!;
  expect(volunteers.message.zh).toContain("（人口 8600 × 3%）");
  expect(volunteers.message.en).toContain("(3% of population 8600)");
  expect(findings.every((f) => !/[（(][a-zA-Z.]+ \d/.test(f.message.zh))).toBe(true);
});
