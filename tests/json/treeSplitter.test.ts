import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonShapeError, MAX_NESTING, createSubjectTreeSplitter, type SubjectPiece } from "../../src/json/createSubjectTreeSplitter";

/** Feeds the text in chunks of `size` and collects every piece. */
function split(text: string, size = text.length, options = {}): SubjectPiece[] {
  const splitter = createSubjectTreeSplitter(options);
  const pieces: SubjectPiece[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(...splitter.push(text.slice(i, i + size)));
  pieces.push(...splitter.end());
  return pieces;
}
const shape = (pieces: SubjectPiece[]) => pieces.map((p) => ({ subject: JSON.parse(p.text), at: p.at, parentPath: p.parentPath, inherited: p.inherited, expectedKind: p.expectedKind }));

const community = (id: string, extra = {}) => ({ kind: "community", id, population: 100, ...extra });
const street = { kind: "street", id: "s", jurisdiction: "longgang", pilot: true, population: 1, communities: [community("c0"), community("c1", { name: "他的\"名字\"，{[" })] };
const city = { kind: "city", id: "g", districts: [{ kind: "district", id: "d", jurisdiction: "guangzhou", streets: [street] }] };

describe("createSubjectTreeSplitter, cutting every subject (wholeUpTo 0)", () => {
  it("gives each community with its place and inheritance, then the street without them", () => {
    expect(shape(split(JSON.stringify(street)))).toEqual([
      { subject: community("c0"), at: "communities[0]", parentPath: ["s"], inherited: { jurisdiction: "longgang", pilot: true }, expectedKind: "community" },
      { subject: community("c1", { name: "他的\"名字\"，{[" }), at: "communities[1]", parentPath: ["s"], inherited: { jurisdiction: "longgang", pilot: true }, expectedKind: "community" },
      { subject: { kind: "street", id: "s", jurisdiction: "longgang", pilot: true, population: 1 }, at: "", parentPath: [], inherited: { jurisdiction: undefined, pilot: undefined }, expectedKind: undefined },
    ]);
  });

  it("goes down a city's districts and streets, nearest jurisdiction first", () => {
    const pieces = shape(split(JSON.stringify([city])));
    expect(pieces.map((p) => [p.subject.id, p.at, p.parentPath.join("/"), p.inherited.jurisdiction])).toEqual([
      ["c0", "districts[0].streets[0].communities[0]", "g/d/s", "longgang"],
      ["c1", "districts[0].streets[0].communities[1]", "g/d/s", "longgang"],
      ["s", "districts[0].streets[0]", "g/d", "guangzhou"],
      ["d", "districts[0]", "g", undefined],
      ["g", "", "", undefined],
    ]);
  });

  it("gives the same pieces however the text is chunked", () => {
    const text = JSON.stringify([city, street, 42, "x"], null, 1);
    const whole = split(text);
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), (size) => {
      expect(split(text, size)).toEqual(whole);
    }), { numRuns: 40 });
  });

  it("keeps keys after the children with their subject", () => {
    const text = '{"kind":"street","id":"s","communities":[{"kind":"community","id":"c"}],"population":5}';
    expect(shape(split(text)).map((p) => p.subject)).toEqual([{ kind: "community", id: "c" }, { kind: "street", id: "s", population: 5 }]);
    expect(() => split('{"communities":[],"kind":"street","id":"s"}')).toThrow(/put kind, id, jurisdiction and pilot before the communities/);
  });

  it.each([
    ["a pilot after the communities", '{"kind":"street","id":"s","communities":[],"pilot":true}', /put jurisdiction and pilot before/, "主体：jurisdiction 和 pilot 应写在 districts/streets/communities 之前（下级主体已按之前的值读过）"],
    ["a jurisdiction after the communities that changes the one above", '{"kind":"district","id":"d","jurisdiction":"guangzhou","streets":[{"kind":"street","id":"s","communities":[],"jurisdiction":"longgang"}]}', /put jurisdiction and pilot before/, "streets[0]：jurisdiction 和 pilot 应写在 districts/streets/communities 之前（下级主体已按之前的值读过）"],
    ["communities of a community", '{"kind":"community","id":"c","communities":[]}', /only a street has communities, not a community/, "communities：只有街道才有 communities，这里是社区（community）"],
    ["a child that is not an object", '{"kind":"street","id":"s","communities":[1]}', /communities\[0\]: expected a subject object/, "communities[0]：应为主体对象 {…}"],
    ["an unfinished tree", '{"kind":"street","id":"s","communities":[{"kind":"community"', /ends inside a subject/, "输入在主体中途结束（缺少结尾的括号？）"],
    ["an unfinished list", '{"kind":"street","id":"s","communities":[', /ends inside a list of subjects/, "输入在主体列表中途结束（缺少结尾的括号？）"],
    ["text after the value", '{"kind":"street","id":"s"} x', /text after the end/, "输入的值结束后还有内容"],
    ["the children before the parent's id", '{"communities":[],"kind":"street","id":"s"}', /put kind, id, jurisdiction and pilot before the communities/, "communities：kind、id、jurisdiction 和 pilot 应写在 communities 之前（列表是边读边查的）"],
  ])("refuses %s, in English and in Chinese", (_, text, message, zh) => {
    expect(() => split(text)).toThrow(JsonShapeError);
    expect(() => split(text)).toThrow(message);
    expect(() => split(text)).toThrow(expect.objectContaining({ reason: expect.objectContaining({ zh }) }));
  });

  it("bounds each subject's own text", () => {
    expect(() => split(JSON.stringify(community("c", { name: "x".repeat(200) })), 50, { maxPieceLength: 100 })).toThrow(/longer than 100 characters/);
    expect(split(JSON.stringify({ ...street, communities: Array.from({ length: 50 }, (_, i) => community(`c${i}`)) }), 64, { maxPieceLength: 100 })).toHaveLength(51);
  });
});

describe("keeping small subjects whole (wholeUpTo)", () => {
  it("gives a subject within the limit whole, children and all", () => {
    expect(shape(split(JSON.stringify([street, city]), 7, { wholeUpTo: 10_000 })).map((p) => p.subject)).toEqual([street, city]);
  });

  it("cuts a subject that outgrows the limit, even after reading some of it whole", () => {
    const big = { ...street, communities: Array.from({ length: 30 }, (_, i) => community(`c${i}`)) };
    for (const size of [1, 13, 500]) {
      const pieces = shape(split(JSON.stringify([community("before"), big, community("after")]), size, { wholeUpTo: 300 }));
      expect(pieces.map((p) => p.subject.id)).toEqual(["before", ...big.communities.map((c) => c.id), "s", "after"]);
      expect(pieces[1]).toMatchObject({ at: "communities[0]", parentPath: ["s"], inherited: { jurisdiction: "longgang", pilot: true } });
    }
  });
});

describe("createSubjectTreeSplitter on deep nesting", () => {
  const deep = (levels: number, open: string, close: string) => `{"kind":"city","id":"g","x":${open.repeat(levels)}1${close.repeat(levels)}}`;
  it.each([
    ["arrays", "[", "]"],
    ["objects", '{"a":', "}"],
  ])("reads %s nested to the limit, and refuses one level more, by name, before anything recursive reads it", (_, open, close) => {
    // The subject's own object is one level, the value's nesting the rest.
    expect(() => split(deep(MAX_NESTING - 1, open, close))).not.toThrow();
    expect(() => split(deep(MAX_NESTING, open, close))).toThrow(JsonShapeError);
    expect(() => split(deep(MAX_NESTING, open, close))).toThrow(/nested deeper than 64 levels/);
  });

  it("refuses 50,000 nested lists and 50,000 nested districts, streamed, with a reason, never a stack overflow", () => {
    const levels = 50_000;
    expect(() => split(`{"kind":"community","id":"c","rooms":${"[".repeat(levels)}${"]".repeat(levels)}}`, 65_536)).toThrow(/nested deeper than 64 levels/);
    expect(() => split(`${'{"kind":"district","id":"d","districts":['.repeat(levels)}${"]}".repeat(levels)}`, 65_536)).toThrow(JsonShapeError);
  });
});

describe("createSubjectTreeSplitter holds a streamed list to JSON's own rules", () => {
  const street = (list: string) => `{"kind":"street","id":"s","communities":${list}}`;
  it.each([
    ["a trailing comma", street('[{"kind":"community","id":"a"},]'), /a comma before the end of the list/],
    ["a leading comma", street(',[{"kind":"community","id":"a"}]'.slice(1).replace("[", "[,")), /an empty element/],
    ["two commas", street('[{"kind":"community","id":"a"},,{"kind":"community","id":"b"}]'), /an empty element/],
    ["no comma", street('[{"kind":"community","id":"a"} {"kind":"community","id":"b"}]'), /a comma is missing/],
    ["a key written twice", `{"kind":"street","id":"s","communities":[],"communities":[{"kind":"community","id":"a"}]}`, /the key "communities" is written twice/],
    ["a trailing comma at the top", '[{"kind":"community","id":"a"},]', /a comma before the closing \] of the array/],
  ])("refuses %s", (_, text, reason) => {
    expect(() => split(text)).toThrow(reason);
  });

  it("reads the same list well formed", () => {
    expect(split(street('[{"kind":"community","id":"a"}, {"kind":"community","id":"b"}]')).map((p) => p.at)).toEqual(["communities[0]", "communities[1]", ""]);
  });
});

describe("createSubjectTreeSplitter, a jurisdiction written after the children", () => {
  const late = (n: number) => `{"kind":"street","id":"s","communities":[${Array.from({ length: n }, (_, i) => `{"kind":"community","id":"c${i}"}`).join(",")}],"jurisdiction":"linyi"}`;

  it("holds the children until it comes, then gives them its jurisdiction", () => {
    const pieces = split(late(3), 7);
    expect(pieces.map((p) => [p.at, p.inherited.jurisdiction])).toEqual([
      ["communities[0]", "linyi"],
      ["communities[1]", "linyi"],
      ["communities[2]", "linyi"],
      ["", undefined],
    ]);
  });

  it("gives nothing out before it knows the place, chunk by chunk", () => {
    const splitter = createSubjectTreeSplitter();
    const text = late(50);
    const early = splitter.push(text.slice(0, text.indexOf(',"jurisdiction"')));
    expect(early).toEqual([]);
    expect(splitter.push(text.slice(text.indexOf(',"jurisdiction"'))).length + splitter.end().length).toBe(51);
  });

  it("holds nothing where the place is known above: a community's own jurisdiction, or the street's before its list", () => {
    const own = '{"kind":"street","id":"s","communities":[{"kind":"community","id":"c","jurisdiction":"longgang"}],"name":"x"}';
    expect(split(own).map((p) => p.inherited.jurisdiction)).toEqual([undefined, undefined]);
    const before = '{"kind":"street","id":"s","jurisdiction":"dunhuang","communities":[{"kind":"community","id":"c"}]}';
    expect(split(before).map((p) => p.inherited.jurisdiction)).toEqual(["dunhuang", undefined]);
  });

  it("still refuses a pilot written after the children", () => {
    expect(() => split('{"kind":"street","id":"s","communities":[{"kind":"community","id":"c"}],"pilot":true}')).toThrow(/put jurisdiction and pilot before/);
  });
});
