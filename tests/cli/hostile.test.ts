import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT, main } from "../../src/cli/main";
import { encodeGbk } from "../csv/encodeGbk";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "community-standards-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "id,name,households,jurisdiction\n";
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

// [what, file name, bytes, exit code, a line of stderr, how many subjects were still checked]
const FILES: [string, string, string | Uint8Array, number, RegExp, number][] = [
  ["one unbalanced quote", "quote.csv", `${HEADER}l1,甲,2000,linyi\nl2,"乙,2000,linyi\nl3,丙,2000,linyi\n`, EXIT.invalid, /quote\.csv:3: 此行的引号没有闭合/, 1],
  ["a field past 1,000,000 characters", "long.csv", `${HEADER}l1,甲,2000,linyi\nl2,${"x".repeat(1_000_001)}`, EXIT.invalid, /long\.csv:3: 此行有一格超过 1000000 个字符/, 1],
  ["an empty file", "empty.csv", "", EXIT.invalid, /empty\.csv:0: 文件中没有表头行，也没有数据/, 0],
  ["a byte-order mark only", "bom.csv", "\uFEFF", EXIT.invalid, /bom\.csv:0: 文件中没有表头行/, 0],
  ["a header only", "header.csv", HEADER, EXIT.invalid, /header\.csv:0: 表头下没有数据行/, 0],
  ["an empty JSON array", "empty.json", "[]", EXIT.invalid, /empty\.json:0: 文件中没有数据/, 0],
  ["UTF-8 JSON with a byte-order mark", "bom.json", `\uFEFF${JSON.stringify({ kind: "community", id: "l1", name: "甲", households: 2000, jurisdiction: "linyi" })}`, EXIT.ok, /共 1 个主体/, 1],
  ["GBK JSON", "gbk.json", encodeGbk(JSON.stringify({ kind: "community", id: "l1", name: "金雀山社区", households: 2000, jurisdiction: "linyi" })), EXIT.ok, /共 1 个主体/, 1],
  ["UTF-16 CSV", "utf16.csv", utf16le(`${HEADER}l1,金雀山社区,2000,linyi\n`), EXIT.ok, /共 1 个主体/, 1],
  ["GBK CSV whose first 64 KB is ASCII", "late-gbk.csv", encodeGbk(`${HEADER}${Array.from({ length: 3000 }, (_, i) => `a${i},x,2000,linyi\n`).join("")}l9,金雀山社区,2000,linyi\n`), EXIT.ok, /共 3001 个主体/, 3001],
  // The row is checked as far as it can be read (its households unknown), and its problem said.
  ["a huge bad cell", "huge.csv", `${HEADER}l1,甲,${"9".repeat(5_000)}x,linyi\n`, EXIT.invalid, /huge\.csv:2:户数\(households\): .{0,300}共 5001 字符/, 1],
];

describe("hostile and broken input files", () => {
  it.each(FILES)("%s: exits as it should, says where and why, and checks the valid rows", async (_, name, content, code, message, subjects) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const result = await runCli("check", file, "--as-of", "2011-01-01", "--format", "json");
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(new RegExp(`共 ${subjects} 个主体`));
    expect(JSON.parse(result.out)).toHaveLength(subjects);
  });

  it("decodes GBK, UTF-16 and late-GBK text to the same names", async () => {
    for (const name of ["gbk.json", "utf16.csv"]) {
      const { out } = await runCli("check", join(dir, name), "--as-of", "2011-01-01", "--format", "json");
      expect(JSON.parse(out)[0].subject.name).toBe("金雀山社区");
    }
    const late = JSON.parse((await runCli("check", join(dir, "late-gbk.csv"), "--as-of", "2011-01-01", "--format", "json")).out);
    expect(late.at(-1).subject.name).toBe("金雀山社区");
  });

  it("refuses a folder with a clear message", async () => {
    mkdirSync(join(dir, "a-folder.csv"), { recursive: true });
    expect(await runCli("check", join(dir, "a-folder.csv"))).toMatchObject({ code: EXIT.invalid, err: expect.stringContaining("这是一个文件夹，不是文件") });
  });

  it("neutralizes formula-leading ids and names in CSV output (OWASP)", async () => {
    const file = join(dir, "formulas.csv");
    writeFileSync(file, `${HEADER}=1+2,@SUM(A1),2000,linyi\n+1,-1,2000,linyi\n`);
    const lines = (await runCli("check", file, "--as-of", "2011-01-01", "--format", "csv")).out.split("\r\n");
    expect(lines.some((line) => line.startsWith("'=1+2,'@SUM(A1),"))).toBe(true);
    expect(lines.some((line) => line.startsWith("'+1,'-1,"))).toBe(true);
    expect(lines.slice(1).some((line) => /^[=+\-@]/.test(line))).toBe(false);
  });

  it("never passes control characters from a header, a cell echoed in a problem or a local document to a terminal", async () => {
    const file = join(dir, "escape-header.csv");
    writeFileSync(file, `编号,户数,"\x1b[2J坏列"\nl1,"2000\x1b[31m户",x\n`);
    const { err } = await runCli("check", file, "--as-of", "2011-01-01");
    expect(err).toContain("\\x1b[2J坏列");
    expect(err).not.toMatch(/\x1b/);
    const rules = join(dir, "escape-rules.json");
    writeFileSync(rules, JSON.stringify({ document: { id: "x", title: "t", issuer: "i", issued: null, inForce: null }, text: "t", rules: [{ id: "x/\u001b[31mr", article: "\u001b[2J", quote: "q", modality: "requirement", subject: "community", label: { zh: "l", en: "l" }, check: { kind: "present", field: "serviceStation" } }] }));
    const refused = await runCli("check", file, "--rules", rules);
    expect(refused.code).toBe(EXIT.invalid);
    expect(refused.err).not.toMatch(/\x1b/);
  });

  it("never passes control characters from the data to a terminal", async () => {
    const file = join(dir, "escapes.csv");
    writeFileSync(file, `${HEADER}"x\x1b[32mPASS\x1b[0m","y\rz",2000,linyi\n`);
    const { out } = await runCli("check", file, "--as-of", "2011-01-01");
    expect(out).not.toMatch(/[\x1b\r]/);
    expect(out).toContain("y\\x0dz（x\\x1b[32mPASS\\x1b[0m）");
    let coloured = "";
    await main(["check", file, "--as-of", "2011-01-01"], { out: (t) => void (coloured += t), err: () => {}, outIsTerminal: true, errIsTerminal: false });
    // On a terminal the only escape sequences are the status colours: one before and one after each word.
    const sequences = coloured.match(/\x1b\[\d+m/g) ?? [];
    const words = coloured.match(/\x1b\[3\dm|\x1b\[90m/g) ?? [];
    expect(sequences.length).toBe(2 * words.length);
    expect(coloured).toContain("x\\x1b[32mPASS\\x1b[0m");
  });
});
