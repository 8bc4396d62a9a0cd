import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MessageChannel } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { BATCH, type Place, newTally, sharedTurns } from "../../src/cli/share";
import { threadsFor } from "../../src/cli/threadsFor";
import { type LonggangProfile, longgangProfiles, ROOM_FUNCTIONS } from "../bench/profiles.mjs";
import { encodeGbk } from "../csv/encodeGbk";

// The built executable (npm test builds first): a shared check runs the built file again as its threads.
const root = new URL("../../", import.meta.url).pathname;
const bin = `${root}dist/cli.js`;
const dir = mkdtempSync(join(tmpdir(), "community-standards-threads-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ["id", "name", "jurisdiction", "population", "households", "partyMembers", "partyOrganization.form", "partyOrganization.committeeMembers", "residentsCommittee.members", ...ROOM_FUNCTIONS.map((fn) => `area.${fn}`)];
const rowOf = ({ community: c }: LonggangProfile, i: number) =>
  [c.id, `第${i}社区`, c.jurisdiction, c.population, c.households, c.partyMembers, c.partyOrganization.form, c.partyOrganization.committeeMembers, c.residentsCommittee.members, ...c.rooms.map((r) => r.areaM2)].join(",");

/**
 * A file of several batches with everything a reader meets between the rows: a title above the
 * header, an unknown column, blank rows (no item: they must not shift the batches), rows with a
 * bad cell (a subject with its problems), rows that give no subject (a problem alone), a totals row.
 */
function mixedRows(count: number): string[] {
  const rows = longgangProfiles(count, 7).map(rowOf);
  for (let i = count - 1; i > 0; i -= 1) {
    if (i % 97 === 0) rows.splice(i, 0, "");
    if (i % 131 === 0) rows.splice(i, 0, `bad${i},坏行,longgang,许多,5000`);
    if (i % 173 === 0) rows.splice(i, 0, `x${i},无此地,nowhere,1`);
  }
  return ["2012 年龙岗区社区情况", [...HEADER, "备注"].join(","), ...rows, "合计,,longgang,1"];
}

const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const MIXED = mixedRows(7 * BATCH + 40);
const INPUTS: [string, string][] = [
  ["the template", `${root}examples/template.csv`],
  ["a file of eight batches, with titles, blank rows, bad rows and a totals row", write("mixed.csv", `${MIXED.join("\r\n")}\r\n`)],
  ["the same file in GBK", write("mixed-gbk.csv", encodeGbk(`${MIXED.join("\r\n")}\r\n`))],
  ["a file whose quote is never closed in its fourth batch", write("broken.csv", `${[...MIXED.slice(0, 3 * BATCH + 50), 'c-q,"未闭合,longgang,1', ...MIXED.slice(3 * BATCH + 50)].join("\n")}\n`)],
];

/** The command line, run as a user runs it; the report it wrote, and whatever else it left in its folder. */
function run(input: string, threads: "1" | "2", options: string[]) {
  const folder = join(dir, "out");
  const out = join(folder, `报告-${threads}.csv`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const result = spawnSync(process.execPath, [bin, "check", input, "--as-of", "2012-06-30", "--format", "csv", "--output", out, "--threads", threads, ...options], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replaceAll(out, "报告.csv"), report: readFileSync(out), left: readdirSync(folder) };
}

describe("a CSV check shared by two threads (--threads 2)", () => {
  const OPTIONS: string[][] = [[], ["--only-failures"], ["--lang", "en"], ["--rules", `${root}examples/local-document.json`]];
  it.each(INPUTS.flatMap(([name, input]) => OPTIONS.map((options) => [name, options, input] as const)))("writes what one thread writes for %s, %j", (_, options, input) => {
    const one = run(input, "1", options);
    const two = run(input, "2", options);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    // Problems and notes in the input's order, then the summary: the same lines.
    expect(two.stderr).toBe(one.stderr);
    expect(two.report.equals(one.report)).toBe(true);
    expect(two.left).toEqual([`报告-2.csv`]);
  });

  // Node writes a CPU profile for each thread it runs: the main one and, when shared, two more.
  it.each([
    ["1", 1],
    ["2", 3],
  ] as const)("--threads %s runs %i thread(s)", (threads, count) => {
    const profiles = mkdtempSync(join(dir, "profiles-"));
    const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profiles}`, bin, "check", INPUTS[1]![1], "--format", "csv", "--output", join(profiles, "报告.csv"), "--threads", threads], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(readdirSync(profiles).filter((f) => f.endsWith(".cpuprofile"))).toHaveLength(count);
  });

  it("checks every row of the mixed file, with its problems", () => {
    const two = run(INPUTS[1]![1], "2", []);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/第 \d+ 行是合计行/);
    expect(two.stderr).toMatch(/mixed\.csv:\d+:/);
    // Every community's lines, c0 to the last, in order.
    const ids = [...new Set(two.report.toString("utf8").split("\r\n").slice(1).map((line) => line.split(",")[0]).filter((id) => /^c\d+$/.test(id!)))];
    expect(ids).toEqual(Array.from({ length: 7 * BATCH + 40 }, (_, i) => `c${i}`));
  });

  // What one thread says of a command it cannot carry out, two threads say once, with the same exit code.
  const both = (args: (out: string) => string[]) => {
    const folder = mkdtempSync(join(dir, "mistake-"));
    return (["1", "2"] as const).map((threads) => spawnSync(process.execPath, [bin, ...args(join(folder, `报告.csv`)), "--threads", threads], { encoding: "utf8" })) as [SpawnSyncReturns<string>, SpawnSyncReturns<string>];
  };
  it.each([
    ["an input that does not exist", (out: string) => ["check", join(dir, "无此文件.csv"), "--format", "csv", "--output", out], /找不到文件/],
    ["the input as its own output", () => ["check", INPUTS[1]![1], "--format", "csv", "--output", INPUTS[1]![1]], /--output 不能是输入文件本身/],
    ["an --as-of that is not a day", (out: string) => ["check", INPUTS[1]![1], "--as-of", "2012-02-30", "--format", "csv", "--output", out], /--as-of/],
  ] as const)("says once what is wrong with %s, before reading a row", (_, args, reason) => {
    const [one, two] = both(args);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr.match(reason)).toHaveLength(1);
  });

  // Where the check stops depends on when the disk says no; the problems of the rows read before are said first.
  it("stops at a full disk (/dev/full) with the reason, once, last", () => {
    const [one, two] = both(() => ["check", INPUTS[1]![1], "--format", "csv", "--output", "/dev/full"]);
    expect(two.status).toBe(one.status);
    expect(two.status).toBe(2);
    expect(two.stderr.trimEnd().split("\n").filter((line) => line.includes("磁盘已满"))).toEqual([two.stderr.trimEnd().split("\n").at(-1)]);
    // A device is written as it is: never replaced, nor removed as a file left behind.
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("refuses a --threads that is not 1 or 2", () => {
    const result = spawnSync(process.execPath, [bin, "check", `${root}examples/template.csv`, "--threads", "4"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--threads 应为 1 或 2，收到 4");
  });
});

describe("threadsFor", () => {
  const csvIntoFile = ["check", "社区.csv", "--format", "csv", "--output", "报告.csv"];
  it.each([
    [[...csvIntoFile, "--threads", "2"], 2],
    [[...csvIntoFile, "--threads=2", "--lang", "en"], 2],
    [csvIntoFile, 1],
    [[...csvIntoFile, "--threads", "1"], 1],
    [["check", "社区.csv", "--format", "csv", "--threads", "2"], 1], // to stdout
    [["check", "社区.json", "--format", "csv", "--output", "报告.csv", "--threads", "2"], 1],
    [["check", "社区.xlsx", "--format", "csv", "--output", "报告.csv", "--threads", "2"], 1],
    [["check", "社区.csv", "--format", "xlsx", "--output", "报告.xlsx", "--threads", "2"], 1],
    [["check", "社区.csv", "--output", "报告.csv", "--threads", "2"], 1], // the table
    [[...csvIntoFile, "--threads", "2", "--help"], 1],
    [[...csvIntoFile, "--threads", "2", "--no-such-option"], 1],
    [["template", "--output", "模板.csv", "--threads", "2"], 1],
  ] as const)("%j runs on %i thread(s)", (argv, threads) => {
    expect(threadsFor(argv)).toBe(threads);
  });
});

describe("sharedTurns", () => {
  const place = (): Place => ({ tally: newTally(), out: () => undefined, sink: { text: () => undefined, bytes: () => undefined, encode: (t) => Buffer.from(t), ready: () => undefined }, err: () => undefined });

  it("stops the writer with a reason when the helper ends before its batch", async () => {
    const { port1, port2 } = new MessageChannel();
    const writer = sharedTurns({ role: 0, port: port1, now: 0 }, place());
    expect(await writer.turn(0)).toBeDefined();
    expect(writer.mine(BATCH - 1)).toBe(true);
    expect(writer.mine(BATCH)).toBe(false);
    port2.close();
    await expect(writer.turn(BATCH)).rejects.toThrow(/另一个线程在第 1 批之前意外结束/);
  });

  it("hands the writer the helper's batch: its bytes, what it said, its counts", async () => {
    const { port1, port2 } = new MessageChannel();
    const got: Uint8Array[] = [];
    let said = "";
    const own: Place = { ...place(), sink: { text: () => undefined, bytes: (b) => void got.push(b.slice()), encode: (t) => Buffer.from(t), ready: () => undefined }, err: (t) => void (said += t) };
    const writer = sharedTurns({ role: 0, port: port1, now: 0 }, own);
    const helper = sharedTurns({ role: 1, port: port2, now: 0 }, place());
    expect(await helper.turn(0)).toBeUndefined();
    const at = (await helper.turn(BATCH))!;
    at.sink!.text("c1,达标\r\n");
    at.err("提示：一行\n");
    at.tally.counts.pass += 2;
    at.tally.subjects += 1;
    await helper.end();
    expect(await writer.turn(BATCH)).toBeUndefined();
    expect(Buffer.concat(got).toString()).toBe("c1,达标\r\n");
    expect(said).toBe("提示：一行\n");
    expect(own.tally).toMatchObject({ subjects: 1, counts: { pass: 2 } });
    await writer.end();
  });
});
