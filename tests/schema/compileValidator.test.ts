import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { compileValidator, DECLINED } from "../../src/schema/compileValidator";
import { subjectSchema } from "../../src/schema/subject";
import { MAX_LIST_LENGTH, MAX_VALUES, validateSubject, validateWithZod } from "../../src/schema/validateSubject";

// Bounded so `npm test` stays fast; FUZZ_RUNS=100000 npm test for a long run.
const runs = Number(process.env.FUZZ_RUNS ?? 400);
const compiled = compileValidator(subjectSchema, { list: MAX_LIST_LENGTH, values: MAX_VALUES })!;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Values for a zod schema, generated from its definitions as the compiler reads them: valid ones
 * mostly, with the near misses each kind invites (a day that does not exist, -1, 1.5, "", a decimal
 * with too many digits), so both sides of every check are met.
 */
function arbitraryOf(schema: unknown): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return fc.oneof({ weight: 240, arbitrary: arbitraryOf(def.innerType) }, { weight: 1, arbitrary: fc.constant(undefined) });
    case "nullable":
      return fc.oneof({ weight: 240, arbitrary: arbitraryOf(def.innerType) }, { weight: 1, arbitrary: fc.constant(null) });
    case "boolean":
      return fc.oneof({ weight: 320, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom(0, 1, "true", null) });
    case "literal":
      return fc.oneof({ weight: 480, arbitrary: fc.constantFrom(...(def.values as unknown[])) }, { weight: 1, arbitrary: fc.constantFrom("", "Community", 0) });
    case "enum":
      return fc.oneof({ weight: 480, arbitrary: fc.constantFrom(...Object.values(def.entries as object)) }, { weight: 1, arbitrary: fc.constantFrom("", "none ", "other-thing", 1) });
    case "string":
      if (def.format === "date") return fc.oneof({ weight: 240, arbitrary: day }, { weight: 2, arbitrary: nearDay }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
      if ((def.checks as unknown[] | undefined)?.length) return fc.oneof({ weight: 240, arbitrary: decimalText }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant("") });
      return fc.oneof({ weight: 320, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom(1, null) });
    case "number":
      return fc.oneof(
        { weight: 320, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
        { weight: 2, arbitrary: fc.constantFrom(-1, 0.5, 1.5, 1999, 2000, 2031, 2101, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e16, 123.456, -0) },
        { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "12", null) },
      );
    case "array":
      return fc.oneof({ weight: 320, arbitrary: fc.array(arbitraryOf(def.element), { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom("a;b", {}, null) });
    case "union":
      return fc.oneof(...(def.options as unknown[]).map(arbitraryOf));
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter((key) => (shape[key] as { _zod: { optin?: string } })._zod.optin !== "optional");
      const record = fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, arbitraryOf(shape[key])])), { requiredKeys: required });
      // Now and then an unknown key, a misspelt one, or a required one left out.
      return fc.oneof(
        { weight: 400, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom("populaton", "extra", "__proto__", "toString")).map(([o, key]) => (key === "__proto__" ? { ...JSON.parse('{"__proto__":1}'), ...o } : { ...o, [key]: 1 })) },
        { weight: 1, arbitrary: record.map((o) => Object.fromEntries(Object.entries(o).slice(1))) },
      );
    }
    default:
      throw new Error(`no arbitrary for ${def.type}`);
  }
}

const day = fc.date({ min: new Date(1990, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nearDay = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const decimalText = fc.tuple(fc.stringMatching(/^\d{1,17}$/), fc.option(fc.stringMatching(/^\d{0,12}$/))).map(([a, b]) => (b === null ? a : `${a}.${b}`));
const subjects = fc.oneof(...(defOf(subjectSchema).options as unknown[]).map(arbitraryOf));

/** Every object and list inside a value, the value itself first. */
function containersOf(value: unknown, found: object[] = []): object[] {
  if (value !== null && typeof value === "object") {
    found.push(value);
    for (const child of Object.values(value)) containersOf(child, found);
  }
  return found;
}

const BAD = [undefined, null, -1, 1.5, "", "x", "2013-02-29", [], {}, true, Number.NaN, "1e3", 2 ** 53];

/**
 * A subject with one change at a spot chosen among all its objects and lists: a key deleted (a
 * required one too), a value made bad, an unknown key added. Applied to a copy.
 */
const mutated = fc.tuple(subjects, fc.nat(), fc.nat(), fc.constantFrom("delete", "bad", "unknown")).map(([subject, at, pick, op]) => {
  const copy = structuredClone(subject) as object;
  const spots = containersOf(copy);
  const spot = spots[at % spots.length] as Record<string, unknown>;
  const keys = Object.keys(spot);
  if (op === "unknown" || keys.length === 0) spot[Array.isArray(spot) ? "extra" : "notAField"] = 1;
  else if (op === "delete") delete spot[keys[pick % keys.length]!];
  else spot[keys[pick % keys.length]!] = BAD[pick % BAD.length];
  return copy;
});

describe("compileValidator: the subject schema compiled, held equal to zod", () => {
  it("compiles the library's subject schema", () => {
    expect(typeof compiled).toBe("function");
  });

  it.each([
    ["generated", subjects],
    ["mutated", mutated],
  ] as const)("gives the result zod gives on %s subjects of every kind, and judges every valid one itself", (kind, arbitrary) => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitrary, (input) => {
        const reference = validateWithZod(input);
        expect(validateSubject(input)).toStrictEqual(reference);
        const fast = compiled(input);
        const zodAccepts = subjectSchema.safeParse(input).success;
        expect(fast !== DECLINED).toBe(zodAccepts);
        if (fast !== DECLINED) {
          accepted += 1;
          expect(fast).toStrictEqual(subjectSchema.parse(input));
          expect(fast).not.toBe(input);
        }
      }),
      { numRuns: runs },
    );
    expect(accepted).toBeGreaterThan(kind === "generated" ? runs / 5 : runs / 20);
  }, 600_000);

  it.each([
    ["a class instance", () => Object.assign(new (class Community {})(), { kind: "community", id: "c" })],
    ["a field only its prototype has", () => Object.assign(Object.create({ population: -1 }), { kind: "community", id: "c" })],
    ["a non-enumerable field", () => Object.defineProperty({ kind: "community", id: "c" }, "population", { value: -1, enumerable: false })],
    ["an own __proto__ key", () => JSON.parse('{"kind":"community","id":"c","__proto__":{"population":1}}')],
    ["a list with a hole", () => ({ kind: "community", id: "c", rooms: [, { functions: ["office"], areaM2: 1 }] })],
    ["a list past the limit", () => ({ kind: "community", id: "c", workers: { reviews: Array.from({ length: MAX_LIST_LENGTH + 1 }, () => "2012-01-01") } })],
    ["a count of -0", () => ({ kind: "community", id: "c", population: -0 })],
    ["an optional field given as undefined", () => ({ kind: "community", id: "c", population: undefined })],
    ["a null prototype", () => Object.assign(Object.create(null), { kind: "project", id: "p", buildingAreaM2: "1.5" })],
    ["a getter", () => ({ kind: "community", id: "c", get population() { return 5; } })],
  ])("%s: the same result as zod", (_, make) => {
    expect(validateSubject(make())).toStrictEqual(validateWithZod(make()));
  });

  it("reads a getter once, as zod does", () => {
    let reads = 0;
    const input = { kind: "community", id: "c", get population() { reads += 1; return 5; } };
    expect(validateSubject(input)).toMatchObject({ subject: { population: 5 } });
    expect(reads).toBe(1);
  });

  it("leaves a schema it does not know to zod (undefined)", () => {
    expect(compileValidator(z.strictObject({ at: z.date() }), { list: 10, values: 10 })).toBeUndefined();
    expect(compileValidator(z.strictObject({ tags: z.array(z.string()).check(z.refine(() => true)) }), { list: 10, values: 10 })).toBeUndefined();
  });

  describe("where new Function is not allowed (a strict Content-Security-Policy)", () => {
    afterEach(() => vi.unstubAllGlobals());
    it("gives undefined, and zod judges alone", () => {
      vi.stubGlobal("Function", function refused() {
        throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
      });
      expect(compileValidator(subjectSchema, { list: 10, values: 10 })).toBeUndefined();
    });
  });

  it("counts lists and objects against the limits it is given, declining past them", () => {
    const small = compileValidator(subjectSchema, { list: 2, values: 3 })!;
    expect(small({ kind: "community", id: "c", workers: { reviews: ["2012-01-01", "2013-01-01"] } })).not.toBe(DECLINED);
    expect(small({ kind: "community", id: "c", workers: { reviews: ["2012-01-01", "2013-01-01", "2014-01-01"] } })).toBe(DECLINED);
    expect(small({ kind: "community", id: "c", workers: { reviews: [] }, partyOrganization: {} })).toBe(DECLINED);
  });
});
