// Every command the README and the Chinese guide show a reader is run here, or is an npm script
// that the suite or CI runs (named below with where). A new command in either fails this test until
// it is given a way to be run.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main";
import { runCli } from "../cli/runCli";

const ROOT = resolve(__dirname, "../..");
const DOCUMENTS = ["README.md", "docs/使用说明.md"];
const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** npm commands that the suite or CI runs, and where. */
const RUN_ELSEWHERE: Record<string, string> = {
  "npm install && npm start": ".ci/run (npm ci, then npm start)",
  "npm test": ".ci/run",
  "npm run build": "npm test",
  "npm pack": "tests/package/consumer.test.ts",
  "npm install ../community-standards-cn-0.1.0.tgz typescript": "tests/package/consumer.test.ts (the tarball into a fresh project)",
  "npm run release": "tests/web/release.test.ts (scripts/release.mjs)",
  "npm run bench": "a benchmark, not a test (docs/development.md)",
  "npm run bench:page": "a benchmark, not a test (docs/development.md)",
  "npm run bench:page-xlsx": "a benchmark, not a test (docs/development.md); tests/web/page.test.ts writes an .xlsx of 300,000+ findings",
  "npm run bench:read": "a benchmark, not a test (tests/bench/xlsxRead.mts)",
  "npm run bench:bombs": "a benchmark, not a test (tests/bench/bombs.mjs); tests/read/xlsxReader.test.ts holds the limits",
  "npm run docs": "tests/docs/rulesDoc.test.ts (docs/rules.md); TypeDoc in docs/development.md",
};

/** The shell lines of a Markdown file's ```sh blocks, comments and continuation lines dropped. */
function commandsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) =>
    m[1]!
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
      .map((line) => line.replace(/\s+#.*$/, "").trim()),
  );
}

const dir = mkdtempSync(join(tmpdir(), "commands-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = [...new Set(DOCUMENTS.flatMap(commandsOf))];

describe("the commands of the README and 使用说明", () => {
  it("are found", () => expect(commands.length).toBeGreaterThanOrEqual(8));

  it.each(commands.filter((c) => c.startsWith("npm ")))("%s is an npm script run elsewhere, or npm itself", (command) => {
    const where = RUN_ELSEWHERE[command] ?? (command.startsWith("npm install git+") ? "tests/package/consumer.test.ts (the same package, from its tarball)" : undefined);
    expect(where, `add ${command} to RUN_ELSEWHERE, or run it here`).toBeDefined();
    for (const script of command.matchAll(/npm run ([\w:]+)/g)) expect(scripts, command).toHaveProperty(script[1]!);
  });

  it.each(commands.filter((c) => c.startsWith("npx community-standards ")))("%s runs as written", async (command) => {
    // The files a command names are there, as the reader's would be: the template as 社区.xlsx and 模板.xlsx.
    for (const name of ["社区.xlsx", "模板.xlsx"]) copyFileSync(join(ROOT, "examples/template.xlsx"), join(dir, name));
    const [, , ...args] = command.replace(/\s*>\s*(\S+)$/, "").split(/\s+/);
    const local = args.map((a) => (a.startsWith("examples/") ? join(ROOT, a) : /\.(xlsx|csv|json)$/.test(a) ? join(dir, a) : a));
    const { code, out, err } = await runCli(...local);
    expect([EXIT.ok, EXIT.failed], `${command}\n${err}`).toContain(code);
    const output = local[local.indexOf("--output") + 1];
    if (local.includes("--output")) expect(existsSync(output!)).toBe(true);
    if (local.includes("json")) expect(Array.isArray(JSON.parse(out))).toBe(true);
  });

  it("leaves no other kind of command unrun", () => {
    expect(commands.filter((c) => !c.startsWith("npm ") && !c.startsWith("npx community-standards "))).toEqual([]);
  });
});
