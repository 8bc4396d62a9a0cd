import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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
    expect(result.stdout.trimEnd().split("\n").pop()).toMatch(/^共 5 个主体，\d+ 条结论：/);
  });

  it.each([
    [["check", "examples/template.csv", "--as-of", "2013-01-01"], 1],
    [["check", "examples/subjects.json", "--as-of", "2013-01-01", "--format", "json"], 1],
    [["check", "examples/missing.csv"], 2],
  ])("%j exits %i", (args, status) => {
    expect(run(...args).status).toBe(status);
  });
});
