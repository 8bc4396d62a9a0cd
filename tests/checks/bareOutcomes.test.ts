import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atLeast } from "../../src/checks/atLeast";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { withinRange } from "../../src/checks/withinRange";
import { defineDocument } from "../../src/authoring/defineDocument";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { createEvaluator } from "../../src/index";
import { everyPeriod } from "../../src/checks/everyPeriod";
import { everyYear } from "../../src/checks/everyYear";
import { bareOutcome, figuresWanted, withoutFigures, withoutWords, wordsWanted } from "../../src/measure/figures";
import type { Outcome } from "../../src/measure/outcome";

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** What a check says with its figures, and without: the same met, no figures in the second. */
function bothWays(check: () => Outcome): [Outcome, Outcome] {
  return [check(), withoutFigures(check)];
}

/** What a full outcome says, in a word, to hold against the figure worked out by hand. */
const saysOf = (outcome: Outcome) => (outcome.kind !== "measured" ? outcome.kind : outcome.met ? "met" : outcome.notYetDue ? "not yet due" : "not met");

function expectBareOf(full: Outcome, bare: Outcome) {
  if (full.kind !== "measured") return expect(bare).toEqual(full);
  expect(bare).toEqual({ kind: "measured", met: full.met, ...(full.notYetDue && { notYetDue: true }), measured: null, required: null, shortfall: null });
  expect(Object.isFrozen(bare)).toBe(true);
}

// Each way a check works a figure out: whole numbers, fixed-point decimal text, Decimal past 15 digits in all.
describe("the checks under withoutFigures", () => {
  it.each([
    ["whole, a person short", 299, 300, "people", "not met"],
    ["whole, at the boundary", 300, 300, "people", "met"],
    ["whole, one over", 301, 300, "people", "met"],
    ["a fen short", "199.99", 200, "m2", "not met"],
    ["at the boundary as decimal text", "200.00", 200, "m2", "met"],
    ["a fen over", "200.01", 200, "m2", "met"],
    ["past fifteen digits, just short (Decimal)", "99999999.9999999999", 100_000_000, "m2", "not met"],
    ["past fifteen digits, at the boundary (Decimal)", "100000000.0000000000", 100_000_000, "m2", "met"],
    ["decimal people, short (Decimal)", "2.5", "3", "people", "not met"],
    ["missing", undefined, 200, "m2", "missing"],
  ] as const)("atLeast: %s", (_, value, min, unit, says) => {
    const [full, bare] = bothWays(() => atLeast({ path: "x", value }, min, unit));
    expect(saysOf(full)).toBe(says);
    expectBareOf(full, bare);
  });

  it.each([
    ["whole, one below", 4, 5, 9, "not met"],
    ["whole, at the bottom", 5, 5, 9, "met"],
    ["whole, at the top", 9, 5, 9, "met"],
    ["whole, one above", 10, 5, 9, "not met"],
    ["decimal, a hundredth below (Decimal)", "4.99", 5, 9, "not met"],
    ["decimal, a hundredth above (Decimal)", "9.01", 5, 9, "not met"],
    ["decimal, inside (Decimal)", "7.5", 5, 9, "met"],
    ["missing", undefined, 5, 9, "missing"],
  ] as const)("withinRange: %s", (_, value, min, max, says) => {
    const [full, bare] = bothWays(() => withinRange({ path: "x", value }, min, max, "people"));
    expect(saysOf(full)).toBe(says);
    expectBareOf(full, bare);
  });

  it.each([
    // 45,000 m² ÷ 300 = 150 m²; 3% of 10,000 people = 300.
    ["a fen short of 1 in 300", "149.99", "45000", "m2", "not met"],
    ["at 1 in 300", "150", "45000", "m2", "met"],
    ["a fen over", "150.01", "45000", "m2", "met"],
    ["past fifteen digits, just short (Decimal)", "149999.9999999999", "45000000", "m2", "not met"],
    ["past fifteen digits, at 1 in 300 (Decimal)", "150000.0000000000", "45000000", "m2", "met"],
    ["a person short of 3%", 299, 10000, "people", "not met"],
    ["at 3%", 300, 10000, "people", "met"],
    ["base missing", 300, undefined, "people", "missing"],
  ] as const)("rateAtLeast: %s", (_, value, base, unit, says) => {
    const rate = unit === "m2" ? { numerator: 1, denominator: 300 } : { numerator: 3, denominator: 100 };
    const [full, bare] = bothWays(() => rateAtLeast({ path: "x", value }, { path: "buildingAreaM2", value: base }, rate, unit));
    expect(saysOf(full)).toBe(says);
    expectBareOf(full, bare);
  });

  it.each([
    // Years from the one in force to the running one; once a year (and twice, which no case has).
    ["every year held", ["2010-12-20", "2011-12-20", "2012-03-01"], "2012-06-30", "2010-01-01", "met", "not met"],
    ["the running year not yet", ["2010-12-20", "2011-12-20"], "2012-06-30", "2010-01-01", "not yet due", "not met"],
    ["an ended year missed", ["2010-12-20", "2012-03-01"], "2012-06-30", "2010-01-01", "not met", "not met"],
    ["an ended year missed and the running one", ["2010-12-20"], "2012-06-30", "2010-01-01", "not met", "not met"],
    ["a day after the as-of day does not count", ["2010-12-20", "2011-12-20", "2012-07-01"], "2012-06-30", "2010-01-01", "not yet due", "not met"],
    ["the last day of the year", ["2010-12-31", "2011-12-31"], "2011-12-31", "2010-01-01", "met", "not met"],
    ["the first day of a new year", ["2010-12-31", "2011-12-31"], "2012-01-01", "2010-01-01", "not yet due", "not met"],
    ["no start date: last year and this", ["2011-05-01"], "2012-06-30", null, "not yet due", "not met"],
    ["in force later in the year", [], "2012-06-30", "2012-06-30", "not yet due", "not yet due"],
  ] as const)("everyYear: %s", (_, days, asOf, inForce, once, twice) => {
    for (const [perYear, says] of [[1, once], [2, twice]] as const) {
      const [full, bare] = bothWays(() => everyYear({ path: "x", value: days }, asOf, inForce, perYear));
      expect(saysOf(full), `${perYear} a year`).toBe(says);
      expectBareOf(full, bare);
    }
  });

  it("agree with the checks' own met on generated figures of every length", () => {
    const figure = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999_999 })).map(([a, b]) => `${a}.${b}`), fc.stringMatching(/^[1-9]\d{0,14}\.\d{1,10}$/));
    fc.assert(
      fc.property(figure, figure, figure, (a, b, c) => {
        expectBareOf(...bothWays(() => atLeast({ path: "x", value: a }, b, "m2")));
        const [lo, hi] = Number(b) <= Number(c) ? [b, c] : [c, b];
        expectBareOf(...bothWays(() => withinRange({ path: "x", value: a }, lo, hi, "m2")));
        expectBareOf(...bothWays(() => rateAtLeast({ path: "x", value: a }, { path: "buildingAreaM2", value: b }, { numerator: 1, denominator: 300 }, "m2")));
      }),
      { numRuns: runs },
    );
  });
});

describe("withoutFigures and withoutWords", () => {
  it("hold for their call only, nested or thrown out of; the narrower wins", () => {
    expect([figuresWanted(), wordsWanted()]).toEqual([true, true]);
    withoutFigures(() => {
      expect([figuresWanted(), wordsWanted()]).toEqual([false, false]);
      withoutWords(() => expect([figuresWanted(), wordsWanted()]).toEqual([false, false]));
      expect(figuresWanted()).toBe(false);
    });
    withoutWords(() => {
      expect([figuresWanted(), wordsWanted()]).toEqual([true, false]);
      withoutFigures(() => expect(figuresWanted()).toBe(false));
      expect([figuresWanted(), wordsWanted()]).toEqual([true, false]);
    });
    expect(() =>
      withoutWords(() => {
        throw new Error("x");
      }),
    ).toThrow("x");
    expect(() =>
      withoutFigures(() => {
        throw new Error("x");
      }),
    ).toThrow("x");
    expect(figuresWanted()).toBe(true);
  });

  it.each([
    ["withinRange over the top", () => withinRange({ path: "x", value: 12 }, 5, 9, "people")],
    ["withinRange over the top, Decimal", () => withinRange({ path: "x", value: "9.5" }, 5, 9, "people")],
    ["everyPeriod, a quarter lacking", () => everyPeriod([{ name: () => ({ zh: "2012年第一季度", en: "2012 Q1" }), held: false, ended: true }, { name: () => ({ zh: "2012年第二季度", en: "2012 Q2" }), held: true, ended: false }], "quarters", { zh: "无记录的季度", en: "quarters with none recorded" })],
  ])("withoutWords: %s keeps its figures and leaves out its detail", (_, check) => {
    const full = check();
    expect(full).toHaveProperty("detail");
    const { detail: _words, ...figures } = full as Outcome & { detail?: unknown };
    expect(withoutWords(check)).toEqual(figures);
  });

  it("gives one frozen outcome for met and one for not", () => {
    expect(bareOutcome(true)).toBe(bareOutcome(true));
    expect(bareOutcome(false)).toEqual({ kind: "measured", met: false, measured: null, required: null, shortfall: null });
    expect(Object.isFrozen(bareOutcome(false))).toBe(true);
  });
});

// Communities at art. 32's minimums, a fen either side, with meetings and reviews around the
// quarters and years, and projects at the 1:300 ratio: where a rule's status turns.
const ROOM_MINIMUMS = { office: 200, "party-activity": 100, police: 50, "stability-governance": 30, mediation: 30, "elderly-home": 200, "health-center": 400, library: 100, "outdoor-plaza": 1000 } as const;
const roomsAt = (offset: string) => Object.entries(ROOM_MINIMUMS).map(([fn, min]) => ({ functions: [fn], areaM2: new Decimal(min).plus(offset).toFixed(2) }));
const communities = [
  { id: "at-every-minimum", rooms: roomsAt("0") },
  { id: "a-fen-short-everywhere", rooms: roomsAt("-0.01") },
  { id: "a-fen-over-everywhere", rooms: roomsAt("0.01") },
  { id: "one-room-a-fen-short", rooms: roomsAt("0").map((r, i) => (i === 2 ? { ...r, areaM2: "49.99" } : r)), spaceConstructionCostPerM2Yuan: "3500.50" },
  { id: "shared-room", rooms: [...roomsAt("0").slice(1), { functions: ["office", "library"], areaM2: "200" }] },
  { id: "meetings-every-quarter", partyOrganization: { form: "branch", jointMeetings: Array.from({ length: 40 }, (_, q) => `${2005 + Math.floor((q + 2) / 4)}-${String(((q + 2) % 4) * 3 + 2).padStart(2, "0")}-15`) }, workers: { reviews: ["2005-12-20", "2006-12-20", "2007-12-20", "2008-12-20", "2009-12-20", "2010-12-20", "2011-12-20", "2012-12-20"] } },
  { id: "a-quarter-missed", partyOrganization: { form: "branch", jointMeetings: ["2005-08-15", "2005-11-15", "2006-05-15"] }, workers: { reviews: ["2005-12-20", "2007-12-20"] } },
].map((c) => ({ kind: "community", jurisdiction: "longgang", partyMembers: 60, ...c }));
const projects = [["149.99", "45000"], ["150", "45000"], ["150.01", "45000"], ["0", "45000"]].map(([space, building], i) => ({ kind: "project", id: `p${i}`, jurisdiction: "longgang", serviceSpaceM2: space, buildingAreaM2: building, salePricePerM2Yuan: "12000" }));

describe("every rule without its figures", () => {
  it.each(["2005-09-30", "2005-10-01", "2006-06-30", "2010-12-31", "2011-01-01", "2012-06-30", "2012-12-31", "2013-01-01"])("gives the status it gives with them, as of %s", (asOf) => {
    const evaluator = createEvaluator({ asOf });
    for (const subject of [...communities, ...projects]) {
      const statuses = Object.fromEntries(evaluator.evaluate(subject).findings.map((f) => [f.ruleId, f.status]));
      const [verdict] = evaluator.verdicts(subject);
      const bare = Object.fromEntries(Object.entries(verdict!.statuses).flatMap(([status, ids]) => ids.map((id) => [id, status])));
      expect(bare, subject.id).toEqual(statuses);
    }
  });

  it.each(["2005-10-01", "2010-12-31", "2012-06-30"])("and the lean report, without its words, gives the figures the full report gives, as of %s", (asOf) => {
    const evaluator = createEvaluator({ asOf });
    for (const subject of [...communities, ...projects]) {
      const [lean] = [...evaluator.evaluateMany([subject], { findings: "lean" })];
      const full = evaluator.evaluate(subject).findings;
      const { measured, required, shortfall, statuses } = lean!.subjects[0]!;
      expect({ measured, required, shortfall, statuses }, subject.id).toEqual({ measured: full.map((f) => f.measured), required: full.map((f) => f.required), shortfall: full.map((f) => f.shortfall), statuses: full.map((f) => f.status) });
    }
  });

  it("reaches art. 36 both ways: nothing to buy, and space to buy", () => {
    const statuses = (id: string) => createEvaluator({ asOf: "2012-06-30" }).verdicts(communities.find((c) => c.id === id)!)[0]!.statuses;
    expect(statuses("at-every-minimum")["not-applicable"]).toContain("longgang-2005/government-purchase");
    expect(statuses("one-room-a-fen-short").info).toContain("longgang-2005/government-purchase");
  });
});

describe("verdicts with a local document", () => {
  it("keep the figures a local check reads to decide its status", () => {
    // A street's rule met within 5 m² of the minimum: its status comes from atLeast's shortfall.
    const nearly = defineRule({
      id: "street/office-nearly",
      document: "street",
      article: "第二条",
      quote: "办公用房面积不少于250平方米",
      modality: "requirement",
      subject: "community",
      label: { zh: "办公用房", en: "office" },
      threshold: { minM2: 250 },
      check: (c, { threshold }) => {
        const outcome = atLeast(field(c, "villageConversion.officeSpaceProvidedM2"), threshold.minM2, "m2");
        return outcome.kind === "measured" ? { ...outcome, met: outcome.shortfall === null || Number(outcome.shortfall) <= 5 } : outcome;
      },
    });
    const street = defineDocument({ document: { id: "street", title: "某街道细则", issuer: "某街道办事处", issued: null, inForce: null }, text: "第二条 办公用房面积不少于250平方米。", rules: [nearly] });
    const evaluator = createEvaluator({ asOf: "2013-01-01", documents: ["longgang-2005", street] });
    for (const area of [244.99, 245, 250]) {
      const community = { kind: "community", id: "c", jurisdiction: "longgang", villageConversion: { officeSpaceProvidedM2: area } };
      const status = evaluator.evaluate(community).findings.find((f) => f.ruleId === nearly.id)!.status;
      expect(evaluator.verdicts(community)[0]!.statuses[status]).toContain(nearly.id);
    }
  });
});
