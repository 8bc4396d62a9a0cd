import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The built executable, as `npm start` and `npx community-standards` run it (npm test builds first).
const root = new URL("../../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
const bin = `${root}${pkg.bin["community-standards"]}`;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });

describe("the community-standards executable", () => {
  it("starts with a node shebang", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("npm start's command exits 0 and ends with the summary", () => {
    const result = run("check", "--exit-zero");
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split("\n").pop()).toMatch(/^共 11 个主体，\d+ 条结论：/); // five examples, three of them with subjects inside: 2 + 1 + 4 + 1 + 3
  });

  it.each([
    [["check", "examples/template.csv", "--as-of", "2013-01-01"], 1],
    [["check", "examples/subjects.json", "--as-of", "2013-01-01", "--format", "json"], 1],
    [["check", "examples/missing.csv"], 2],
  ])("%j exits %i", (args, status) => {
    expect(run(...args).status).toBe(status);
  });
});

describe("a report the user may not write", () => {
  // Root may write anywhere (CAP_DAC_OVERRIDE), so as root the check runs without that capability
  // (util-linux's setpriv); as anyone else, as they are.
  const asUser = (args: string[]): [string, string[]] =>
    process.getuid?.() === 0 ? ["setpriv", ["--inh-caps=-dac_override", "--bounding-set=-dac_override", process.execPath, ...args]] : [process.execPath, args];
  const dir = mkdtempSync(join(tmpdir(), "community-standards-locked-"));
  chmodSync(dir, 0o755);
  const folder = join(dir, "只读文件夹");
  mkdirSync(folder, { mode: 0o555 });
  const file = join(dir, "只读报告.csv");
  writeFileSync(file, "旧报告\r\n", { mode: 0o444 });

  it.each([
    ["a new file in a folder that may not be written", join(folder, "报告.csv"), "zh", "没有权限写入 --output："],
    ["a file that may not be written", file, "zh", "没有权限写入 --output："],
    ["a file that may not be written, in English", file, "en", "--output: no permission to write "],
  ])("%s: exit 2 with the reason alone, before any row is read, and the file is left as it was", (_, output, lang, reason) => {
    const result = spawnSync(...asUser([bin, "check", "examples/template.csv", "--format", "csv", "--output", output, "--lang", lang]), { cwd: root, encoding: "utf8" });
    expect([result.status, result.stderr]).toEqual([2, `${reason}${output}\n`]);
    expect(result.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe("旧报告\r\n");
  });
});
