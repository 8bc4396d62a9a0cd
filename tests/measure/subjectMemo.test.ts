import { describe, expect, it } from "vitest";
import { createEvaluator, evaluate } from "../../src/index";
import { remembered, withSubjectMemo } from "../../src/measure/subjectMemo";
import { areaServing } from "../../src/rule/areaServing";

const statusOf = (report: ReturnType<typeof evaluate>, id: string) => report.findings.find((f) => f.ruleId === id)!.status;

describe("the memo of one subject's evaluation", () => {
  it("answers the same key from what it computed first, within withSubjectMemo only", () => {
    const from = {};
    let computed = 0;
    const compute = () => ++computed;
    withSubjectMemo(() => {
      expect(remembered(from, "a", compute)).toBe(1);
      expect(remembered(from, "a", compute)).toBe(1);
      expect(remembered(from, "b", compute)).toBe(2);
      expect(remembered({}, "a", compute)).toBe(3);
      // A memo within a memo is its own, and the outer one is back after it.
      withSubjectMemo(() => expect(remembered(from, "a", compute)).toBe(4));
      expect(remembered(from, "a", compute)).toBe(1);
    });
    expect(remembered(from, "a", compute)).toBe(5);
    expect(remembered(from, "a", compute)).toBe(6);
  });

  it("is gone after an evaluation that threw", () => {
    const from = {};
    expect(() => withSubjectMemo(() => { remembered(from, "a", () => 1); throw new Error("x"); })).toThrow("x");
    expect(remembered(from, "a", () => 2)).toBe(2);
  });

  it("never answers a later evaluation: rooms changed in place between two evaluations change the verdicts", () => {
    const rooms = [{ functions: ["police"], areaM2: "49.99" }];
    const community = { kind: "community", id: "c", jurisdiction: "longgang", rooms };
    const evaluator = createEvaluator({ asOf: "2013-01-01" });
    expect(statusOf(evaluator.evaluate(community), "longgang-2005/facility-area/police")).toBe("fail");
    rooms[0]!.areaM2 = "50";
    expect(statusOf(evaluator.evaluate(community), "longgang-2005/facility-area/police")).toBe("pass");
    expect(evaluator.verdicts(community)[0]!.statuses.pass).toContain("longgang-2005/facility-area/police");
    rooms[0]!.areaM2 = "49.99";
    expect(evaluator.verdicts(community)[0]!.statuses.fail).toContain("longgang-2005/facility-area/police");
  });

  it("gives a check called on its own a fresh sum", () => {
    const community = { rooms: [{ functions: ["library" as const], areaM2: 10 }] };
    expect(areaServing(community, "library").value).toBe("10");
    community.rooms[0]!.areaM2 = 12;
    expect(areaServing(community, "library").value).toBe("12");
  });

  it("leaves each room rule's explanation its own step for the area, art. 36 reading the same areas first", () => {
    const community = { kind: "community", id: "c", jurisdiction: "longgang", rooms: [{ functions: ["police"], areaM2: "20.5" }, { functions: ["library"], areaM2: 30 }] };
    const report = evaluate(community, { asOf: "2013-01-01", explain: true });
    // Art. 36 reads every room's area after art. 32's rules have: its explanation still shows each sum.
    for (const id of ["longgang-2005/facility-area/police", "longgang-2005/facility-area/library", "longgang-2005/government-purchase"]) {
      const trace = report.findings.find((f) => f.ruleId === id)!.trace!.map((s) => s.zh).join("\n");
      expect(trace).toMatch(id.endsWith("library") ? /面积：30/ : /面积：20\.5/);
    }
  });
});
