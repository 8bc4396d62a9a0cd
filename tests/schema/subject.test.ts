import { COLUMNS } from "../../src/flat/columns";
import { describe, expect, it } from "vitest";
import { SubjectValidationError, evaluate, safeEvaluate, subjectJsonSchema, subjectSchema } from "../../src/index";

const problemsOf = (input: unknown) => {
  const result = safeEvaluate(input, { asOf: "2012-01-01" });
  if (result.success) throw new Error("expected invalid input");
  return result.error.problems;
};

describe("subject schema", () => {
  it.each([
    ["a community", { kind: "community", id: "c" }],
    ["a street", { kind: "street", id: "s" }],
    ["a district", { kind: "district", id: "d" }],
    ["a city", { kind: "city", id: "gz" }],
    ["a project", { kind: "project", id: "p" }],
  ])("accepts %s with only kind and id", (_, subject) => {
    expect(subjectSchema.safeParse(subject).success).toBe(true);
  });

  it("accepts areas and money as numbers or decimal strings", () => {
    expect(subjectSchema.safeParse({ kind: "project", id: "p", buildingAreaM2: "45000.50", salePricePerM2Yuan: 8650.5 }).success).toBe(true);
  });

  it.each([
    ["a misspelt field", { kind: "community", id: "c", polulation: 3 }, "polulation", /unknown field/],
    ["a misspelt nested field", { kind: "community", id: "c", residentsCommittee: { member: 7 } }, "residentsCommittee.member", /unknown field/],
    ["a negative count", { kind: "community", id: "c", population: -1 }, "population", /0 or more, received -1/],
    ["a fractional count", { kind: "community", id: "c", volunteers: 2.5 }, "volunteers", /whole number, received 2.5/],
    ["an area in exponent notation", { kind: "project", id: "p", buildingAreaM2: "1e5" }, "buildingAreaM2", /decimal.*"1e5"/],
    ["a negative area", { kind: "project", id: "p", serviceSpaceM2: -5 }, "serviceSpaceM2", /0 or more/],
    ["an impossible date", { kind: "city", id: "gz", modelSelections: ["2013-02-30"] }, "modelSelections[0]", /YYYY-MM-DD.*2013-02-30/],
    ["an unknown room function", { kind: "community", id: "c", rooms: [{ functions: ["gym"], areaM2: 1 }] }, "rooms[0].functions[0]", /one of .*"gym"/],
    ["an empty id", { kind: "community", id: "" }, "id", /must not be empty/],
    ["an unknown kind", { kind: "village", id: "v" }, "kind", /^expected one of "community", "street", "district", "city", "project", received "village"$/],
    ["a jurisdiction the library does not know", { kind: "community", id: "c", jurisdiction: "beijing" }, "jurisdiction", /one of/],
    ["a text count", { kind: "community", id: "c", population: "12000" }, "population", /number, received "12000"/],
  ])("refuses %s, naming its path", (_, input, path, message) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual({ path, message: { zh: expect.any(String), en: expect.stringMatching(message) } });
  });

  it.each([
    [
      "an unknown kind (what was received is the kind, not the subject)",
      { kind: "village", id: "v" },
      "kind",
      '应为 "community"（社区）、"street"（街道）、"district"（区）、"city"（市）、"project"（住宅项目） 之一，收到 "village"',
    ],
    [
      "a project where only a community belongs (one value: no 之一)",
      { kind: "street", id: "s", communities: [{ kind: "project", id: "p" }] },
      "communities[0].kind",
      '应为 "community"（社区），收到 "project"',
    ],
  ])("says in Chinese %s", (_, input, path, zh) => {
    expect(problemsOf(input)).toContainEqual({ path, message: { zh, en: expect.any(String) } });
  });

  it("names the path of a problem deep inside nested subjects", () => {
    const city = { kind: "city", id: "gz", districts: [{ kind: "district", id: "th", streets: [{ kind: "street", id: "sp", communities: [{ kind: "community", id: "c7", rooms: [{ functions: ["office"], areaM2: "abc" }] }] }] }] };
    expect(problemsOf(city)).toEqual([{ path: "districts[0].streets[0].communities[0].rooms[0].areaM2", message: { zh: expect.stringContaining('"abc"'), en: expect.stringContaining('"abc"') } }]);
  });

  it("lists every problem at once, in the error message too", () => {
    const input = { kind: "community", id: "c", population: -1, households: 1.5, foo: 1 };
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path).sort()).toEqual(["foo", "households", "population"]);
    expect(() => evaluate(input, { asOf: "2012-01-01" })).toThrow(SubjectValidationError);
    expect(() => evaluate(input, { asOf: "2012-01-01" })).toThrow(/3 problems[\s\S]*population[\s\S]*households[\s\S]*foo/);
  });

  it("refuses input that is not an object", () => {
    expect(problemsOf(null)).toHaveLength(1);
    expect(problemsOf("community")).toHaveLength(1);
  });
});

describe("subjectJsonSchema", () => {
  const schema = subjectJsonSchema() as { oneOf: { properties: Record<string, { const?: string }>; additionalProperties: boolean; required: string[] }[] };

  it("describes all five kinds, strict about unknown keys, with kind and id required", () => {
    expect(schema.oneOf.map((s) => s.properties.kind?.const)).toEqual(["community", "street", "district", "city", "project"]);
    for (const kind of schema.oneOf) {
      expect(kind.additionalProperties).toBe(false);
      expect(kind.required).toEqual(["kind", "id"]);
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  // Each field of the flat format is a field of the JSON Schema, for every kind that has the column,
  // down to nested ones (partyStations.floatingMemberService, workers.reviews).
  type Node = { properties?: Record<string, Node>; type?: string; items?: Node; anyOf?: Node[] };
  // A nullable section (villageConversion: null is "not known") is anyOf [object, null].
  const objectOf = (node: Node | undefined) => node?.anyOf?.find((n) => n.type === "object") ?? node;
  const resolve = (node: Node, path: string[]): Node | undefined =>
    path.reduce<Node | undefined>((at, key) => objectOf(objectOf(at)?.properties?.[key]), node);
  it.each(COLUMNS.filter((c) => c.type !== "area" && c.type !== "kind").flatMap((c) => c.kinds.map((kind) => [c.name, kind, c.type] as const)))("has the column %s for a %s", (name, kind, type) => {
    const node = resolve(schema.oneOf.find((s) => s.properties.kind?.const === kind)! as Node, name.split("."));
    expect(node).toBeDefined();
    if (type === "boolean") expect(node!.type).toBe("boolean");
    if (type === "dates") expect(node!.items).toMatchObject({ type: "string", format: "date" });
  });
});
