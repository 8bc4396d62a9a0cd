import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { subjectArb } from "../engine/subjects";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

// src/schema/strictObject.ts compiles the object schemas (zod's $ZodObjectJIT). The schemas built on
// zod/mini's own strictObject must say exactly the same of any input: the same data, the same issues.
const compiled = (await import("../../src/schema/subject")).subjectSchema;
vi.resetModules();
vi.doMock("../../src/schema/z", async () => await import("zod/mini"));
const plain = (await import("../../src/schema/subject")).subjectSchema;

const said = (schema: typeof compiled, input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { data: result.data } : { issues: result.error.issues.map(({ code, path, message, input: received }) => ({ code, path, message, received })) };
};

// A valid subject with one value replaced by anything at all, or one key added.
const spoiled = fc.tuple(subjectArb, fc.anything({ maxDepth: 2 }), fc.nat(), fc.boolean()).map(([subject, value, pick, add]) => {
  const copy = structuredClone(subject) as Record<string, unknown>;
  const keys = Object.keys(copy);
  if (add) copy[`x${pick % 7}`] = value;
  else copy[keys[pick % keys.length]!] = value;
  return copy;
});

describe("compiled object schemas", () => {
  it("are not zod/mini's own (the comparison below compares two things)", () => {
    const community = (schema: typeof compiled) => (schema._zod.def.options[0] as unknown as { _zod: { traits: Set<string> } })._zod.traits;
    expect(community(compiled).has("$ZodObjectJIT")).toBe(true);
    expect(community(plain).has("$ZodObjectJIT")).toBe(false);
  });

  it("are compared on inputs that fail as well as on inputs that pass", () => {
    const samples = fc.sample(spoiled, { numRuns: 50, seed: 1 });
    expect(samples.some((input) => !compiled.safeParse(input).success)).toBe(true);
  });

  it("say of valid and spoiled subjects exactly what zod/mini's say", () => {
    fc.assert(
      fc.property(fc.oneof(subjectArb, spoiled), (input) => {
        expect(said(compiled, input)).toEqual(said(plain, input));
      }),
      { numRuns: runs },
    );
  });
});
