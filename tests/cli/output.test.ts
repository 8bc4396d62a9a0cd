import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main";
import { runCli } from "./runCli";

// The user's files are sacred: nothing named as input is opened for writing, and a report takes its
// file's place only once complete.
const root = new URL("../../", import.meta.url).pathname;
const TEMPLATE = join(root, "examples/template.csv");
const bin = join(root, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).bin["community-standards"]);
const fresh = () => mkdtempSync(join(tmpdir(), "community-standards-output-"));
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".part"));

describe("--output never destroys an input", () => {
  it.each(["csv", "json", "table", "xlsx"])("refuses a hard link of the input as --output %s, and leaves the input as it was", async (format) => {
    const dir = fresh();
    const input = join(dir, "填报.csv");
    copyFileSync(TEMPLATE, input);
    linkSync(input, join(dir, "报告.csv"));
    const before = readFileSync(input);
    const { code, err } = await runCli("check", input, "--format", format, "--output", join(dir, "报告.csv"));
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain("--output 不能是输入文件本身");
    expect(readFileSync(input)).toEqual(before);
  });

  it("refuses the input by another spelling of its path and through a symbolic link", async () => {
    const dir = fresh();
    const input = join(dir, "in.csv");
    copyFileSync(TEMPLATE, input);
    symlinkSync(input, join(dir, "link.csv"));
    const before = readFileSync(input);
    for (const output of [join(dir, ".", "in.csv"), join(dir, "link.csv")]) {
      const { code, err } = await runCli("check", input, "--format", "csv", "--output", output);
      expect(code).toBe(EXIT.invalid);
      expect(err).toContain("--output 不能是输入文件本身");
    }
    expect(readFileSync(input)).toEqual(before);
  });

  it("refuses a --rules document, or a hard link of it, as --output", async () => {
    const dir = fresh();
    const rules = join(dir, "本地.json");
    writeFileSync(rules, "{}");
    linkSync(rules, join(dir, "本地-link.json"));
    for (const output of [rules, join(dir, "本地-link.json")]) {
      const { code, err } = await runCli("check", TEMPLATE, "--rules", rules, "--format", "csv", "--output", output);
      expect(code).toBe(EXIT.invalid);
      expect(err).toContain("--output 不能是 --rules 文件本身");
    }
    expect(readFileSync(rules, "utf8")).toBe("{}");
  });

  it("says a missing input plainly, with an existing --output left as it was", async () => {
    const dir = fresh();
    const output = join(dir, "old.csv");
    writeFileSync(output, "old report");
    const { code, err } = await runCli("check", join(dir, "missing.csv"), "--output", output);
    expect(code).toBe(EXIT.invalid);
    expect(err).toBe(`找不到文件：${join(dir, "missing.csv")}\n`);
    expect(readFileSync(output, "utf8")).toBe("old report");
  });
});

describe("a report takes its file's place only once complete", () => {
  it.each(["csv", "xlsx"])("replaces an old %s report, keeps its permissions, and leaves no temporary file", async (format) => {
    const dir = fresh();
    const output = join(dir, `报告.${format}`);
    writeFileSync(output, "old report");
    chmodSync(output, 0o640);
    const { code } = await runCli("check", TEMPLATE, "--as-of", "2013-01-01", "--format", format, "--output", output);
    expect(code).toBe(EXIT.failed);
    expect(readFileSync(output, "utf8")).not.toBe("old report");
    expect(statSync(output).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it("writes through a symbolic link to the file it points to, and the link stays a link", async () => {
    const dir = fresh();
    const real = join(dir, "real.csv");
    writeFileSync(real, "old report");
    symlinkSync(real, join(dir, "link.csv"));
    await runCli("check", TEMPLATE, "--format", "csv", "--output", join(dir, "link.csv"));
    expect(readFileSync(real, "utf8")).toMatch(/^\uFEFF主体,/);
    expect(readdirSync(dir).sort()).toEqual(["link.csv", "real.csv"]);
  });

  it("writes a device as it is (/dev/full: a full disk), never replacing it", async () => {
    const { code, err } = await runCli("check", TEMPLATE, "--format", "csv", "--output", "/dev/full");
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(/磁盘已满/);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  // On two threads the file is written by a thread that hears no signal: the process's own thread removes it.
  it.each(["1", "2"])("leaves the old report and no temporary file when the run on %s thread(s) is stopped (Ctrl-C) halfway", async (threads) => {
    const dir = fresh();
    const input = join(dir, "big.csv");
    const lines = readFileSync(TEMPLATE, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    const [header, row] = [lines[0]!, lines.find((line) => line.startsWith(",shatang,"))!];
    writeFileSync(input, `${header}\n${Array.from({ length: 200_000 }, (_, i) => row.replace(/^,shatang,/, `,c${i},`)).join("\n")}\n`);
    const output = join(dir, "报告.csv");
    writeFileSync(output, "old report");
    const child = spawn(process.execPath, [bin, "check", input, "--format", "csv", "--output", output, "--threads", threads], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk) => (err += chunk));
    // Stopped once the temporary file has been written to.
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        const part = leftovers(dir)[0];
        if (part !== undefined && statSync(join(dir, part)).size > 1 << 20) {
          clearInterval(poll);
          done();
        }
      }, 20);
    });
    child.kill("SIGINT");
    const [code, signal] = await new Promise<[number | null, string | null]>((done) => child.on("exit", (c, s) => done([c, s])));
    expect(code === null ? signal : code, err).toBe("SIGINT");
    expect(readFileSync(output, "utf8")).toBe("old report");
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);
});
