import { builtInBook } from "../../rules";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Item, jsonItems } from "../../src/cli/sources";
import { evaluateSubject } from "../../src/engine/evaluateSubject";
import { evaluate } from "../../src/index";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "cscn-tree-"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const itemsOf = async (path: string, wholeUpTo?: number) => {
  const items: Item[] = [];
  for await (const item of jsonItems(path, wholeUpTo)) items.push(item);
  return items;
};
const community = (i: number, extra = {}) => ({ kind: "community", id: `c${i}`, population: 1000 + i, volunteers: 20, ...extra });
const district = (n: number) => ({ kind: "district", id: "tianhe", jurisdiction: "guangzhou", pilot: true, streets: [{ kind: "street", id: "shipai", communities: Array.from({ length: n }, (_, i) => community(i)) }] });

describe("a JSON tree too large to read whole is read subject by subject", () => {
  it("gives the findings a whole reading gives, each subject with its full path", async () => {
    const tree = district(5);
    const streamed = (await itemsOf(write("tree.json", tree), 0)).map((item) => {
      if (!("subject" in item)) throw new Error("problems");
      return evaluateSubject(item.subject, { book: builtInBook, asOf: "2003-01-01", documents: undefined }, item.within).findings;
    });
    const key = (f: { ruleId: string; subject: { path: string[] }; status: string; message: { zh: string } }) => `${f.subject.path.join("/")} ${f.ruleId} ${f.status} ${f.message.zh}`;
    const whole = evaluate(tree, { asOf: "2003-01-01" }).findings.map(key).sort();
    expect(streamed.flat().map(key).sort()).toEqual(whole);
    // The pilot district passes down: 3% of 1,004 is 30.12, so 31 volunteers; 20 fail.
    expect(streamed[4]!.find((f) => f.ruleId === "guangzhou-2000/volunteers-3-percent")).toMatchObject({ status: "fail", subject: { path: ["tianhe", "shipai", "c4"] } });
  });

  it("keeps a subject within WHOLE_UP_TO whole: one report, parents first", async () => {
    const items = await itemsOf(write("small.json", district(3)));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ subject: { kind: "district", streets: [{ communities: [{ id: "c0" }, { id: "c1" }, { id: "c2" }] }] } });
  });

  it("names a bad community by row and place, refuses a community marked no pilot inside a pilot, and checks the rest", async () => {
    const tree = district(4);
    tree.streets[0]!.communities[1] = community(1, { population: -1 });
    tree.streets[0]!.communities[2] = community(2, { pilot: false });
    const items = await itemsOf(write("bad.json", tree), 0);
    expect(items.filter((i) => "problems" in i).flatMap((i) => ("problems" in i ? i.problems.map((p) => [p.row, p.column]) : []))).toEqual([
      [2, "streets[0].communities[1].population"],
      [3, "streets[0].communities[2].pilot"],
    ]);
    expect(items.filter((i) => "subject" in i)).toHaveLength(4);
  });

  it("refuses a street's community that is not a community", async () => {
    const items = await itemsOf(write("kind.json", { kind: "street", id: "s", communities: [{ kind: "project", id: "p" }] }), 0);
    expect(items[0]).toMatchObject({ problems: [{ column: "communities[0].kind", message: { zh: "此处应为社区，收到住宅项目（project）", en: "a community belongs here, received a project" } }] });
  });

  it("the command line reads a street of 60,000 communities (about 5 MB) one at a time", async () => {
    const street = { kind: "street", id: "s", jurisdiction: "linyi", communities: Array.from({ length: 60_000 }, (_, i) => ({ kind: "community", id: `c${i}`, households: 999 + (i % 3) })) };
    const path = write("street.json", street);
    const { code, out, err } = await runCli("check", path, "--as-of", "2012-01-01", "--documents", "linyi-report", "--format", "json", "--only-failures", "--lang", "en");
    expect(code).toBe(1);
    expect(err).toMatch(/^60001 subjects, /m);
    const failed = JSON.parse(out).flatMap((r: { findings: { ruleId: string; subject: { path: string[] } }[] }) => r.findings).filter((f: { ruleId: string }) => f.ruleId === "linyi-report/community-size-households");
    // 1000~3000 households: 999 fails, 1000 and 1001 pass; every third of 60,000.
    expect(failed).toHaveLength(20_000);
    expect(failed[0].subject.path).toEqual(["s", "c0"]);
  }, 60_000);
});

describe("a streamed street whose jurisdiction comes after its communities", () => {
  it("checks every community against its own document only, none against all five first", async () => {
    const communities = Array.from({ length: 2_000 }, (_, i) => ({ kind: "community", id: `c${i}`, households: 2000, name: "x".repeat(2_200) }));
    const text = JSON.stringify({ kind: "street", id: "s", communities }).replace(/\}$/, ',"jurisdiction":"linyi"}');
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const { out, err } = await runCli("check", write("late.json", text), "--as-of", "2013-01-01", "--format", "json");
    const reports = JSON.parse(out) as { subject: { id: string }; documents: string[] }[];
    expect(reports).toHaveLength(2_001);
    expect(new Set(reports.map((r) => r.documents.join()))).toEqual(new Set(["linyi-report"]));
    expect(err).toMatch(/共 2001 个主体/);
  }, 60_000);
});
