import { describe, expect, it } from "vitest";
import { COLUMN_LABELS } from "../../src/labels/columnLabels";
import { COLUMNS } from "../../src/flat/columns";
import { readHeader, rowToSubject } from "../../src/flat/rowToSubject";

describe("header cells", () => {
  it("gives every column one Chinese label, and no two columns the same one", () => {
    expect(Object.keys(COLUMN_LABELS).sort()).toEqual(COLUMNS.map((c) => c.name).sort());
    const labels = Object.values(COLUMN_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/[\u4e00-\u9fff]/);
    // A label must not be another column's dot-path name, or a header would be ambiguous.
    for (const label of labels) expect(COLUMNS.some((c) => c.name === label)).toBe(false);
  });

  it.each(COLUMNS.map((c) => [COLUMN_LABELS[c.name]!, c.name]))("reads the header %s as %s", (label, name) => {
    expect(readHeader([label]).columns[0]?.name).toBe(name);
  });

  it.each([
    ["人口（人）", "population"],
    ["人口(人)", "population"],
    ["办公用房面积（平方米）", "area.office"],
    ["启动资金(元)", "funding.startupFundYuan"],
    [" 编号 ", "id"],
    ["\uFEFF编号", "id"],
  ])("reads the header %j, its unit in brackets or padded, as %s", (header, name) => {
    expect(readHeader([header]).columns[0]?.name).toBe(name);
  });

  it("reads a row under a header that mixes Chinese labels and dot-path names", () => {
    const result = rowToSubject(["编号", "名称", "population", "居委会成员数", "area.police"], ["c1", "沙塘布社区", "12500", "7", "45"]);
    expect(result).toEqual({
      kind: "subject",
      subject: { kind: "community", id: "c1", name: "沙塘布社区", population: 12500, residentsCommittee: { members: 7 }, rooms: [{ name: "police", functions: ["police"], areaM2: "45" }] },
    });
  });

  it.each([
    ["polulation", "population", '未知的列，是否应为「population」？', 'unknown column; did you mean "population"?'],
    ["人品", "人口", "未知的列，是否应为「人口」？", 'unknown column; did you mean "人口"?'],
    ["居委会成员", "居委会成员数", "未知的列，是否应为「居委会成员数」？", 'did you mean "居委会成员数"?'],
  ])("suggests a near name for the unknown header %s (%s)", (header, _near, zh, en) => {
    const { problems } = readHeader(["id", header]);
    expect(problems).toEqual([{ column: header, message: { zh, en: expect.stringContaining(en) } }]);
  });

  it("suggests nothing for a header far from every column", () => {
    const { problems } = readHeader(["完全不相干的表头"]);
    expect(problems[0]!.message.zh).toBe("未知的列（列名见填报模板）");
  });

  it("refuses the same column twice, by label and by name", () => {
    const { problems } = readHeader(["编号", "人口", "population"]);
    expect(problems).toEqual([{ column: "population", label: "人口", message: { zh: "此列出现了两次（表头「population」）", en: 'the column appears twice (header "population")' } }]);
  });
});

// rowToSubject works a header out once and reuses it while every cell is the same: these hold the
// reuse to the header each row is actually read against.
describe("one header for many rows", () => {
  it.each([
    ["a cell changed in place", (h: string[]) => { h[1] = "population"; return h; }, { population: 7 }],
    ["a new array with another column", (h: string[]) => ["id", "households"], { households: 7 }],
    ["a longer header", (h: string[]) => [...h, "households"], { "residentsCommittee.members": 7 }],
  ])("%s is read anew", (_, change, expected) => {
    const header = ["id", "residentsCommittee.members"];
    const first = rowToSubject(header, ["c1", "7"]);
    expect(first).toEqual({ kind: "subject", subject: { kind: "community", id: "c1", residentsCommittee: { members: 7 } } });
    const next = rowToSubject(change(header), ["c1", "7"]);
    const [path, value] = Object.entries(expected)[0]!;
    expect(next.kind).toBe("subject");
    const subject = (next as { subject: Record<string, unknown> }).subject;
    const at = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], subject);
    expect(at).toBe(value);
  });

  it("gives each row its own header problems", () => {
    const header = ["id", "populaton"];
    const a = rowToSubject(header, ["c1", "7"]);
    const b = rowToSubject(header, ["c2", "8"]);
    expect(a.kind).toBe("invalid");
    expect(b).toEqual(a);
    (a as { problems: { message: { zh: string } }[] }).problems[0]!.message.zh = "changed";
    (a as { problems: unknown[] }).problems.push("x");
    expect(rowToSubject(header, ["c3", "9"])).toEqual(b);
    expect((b as { problems: { message: { zh: string } }[] }).problems[0]!.message.zh).toMatch(/^未知的列/);
  });
});
