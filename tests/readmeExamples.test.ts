import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";

// The marked examples of the README and docs/api.md (<!-- readme-example: name --> before a ```ts
// block) run as they are, with the package's entries pointing at the sources.
const text = ["../README.md", "../docs/api.md"].map((file) => readFileSync(new URL(file, import.meta.url), "utf8")).join("\n");
const examples = [...text.matchAll(/<!-- readme-example: (\w+) -->\n```ts\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!] as const);
const dir = new URL("./.readme-examples/", import.meta.url);
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRIES: Record<string, string> = {
  "community-standards-cn/calculators": "../../src/calculators/index",
  "community-standards-cn/authoring": "../../src/authoring/index",
  "community-standards-cn/testing": "../../src/testing/index",
  "community-standards-cn": "../../src/index",
};

describe("the README's examples", () => {
  it("are found", () => {
    expect(examples.map(([name]) => name)).toEqual(["first", "evaluator", "language", "overrides", "authoring", "explain", "testing", "calculators"]);
  });

  it.each(examples)("%s runs as written", async (name, code) => {
    const source = Object.entries(ENTRIES).reduce((text, [entry, path]) => text.replaceAll(`"${entry}"`, `"${path}"`), code);
    const file = new URL(`${name}.ts`, dir);
    writeFileSync(file, source);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await import(file.href);
    const printed = log.mock.calls.map((args) => args.map(String).join(" "));
    log.mockRestore();
    if (name === "evaluator") expect(printed).toEqual(["p1 0", "p2 1", "longgang-2005/service-space-ratio", "p1 pass 100.00", "p2 fail 100.00"]);
    if (name === "language") expect(printed).toEqual(["社区综合服务用房面积：未达标；实际99平方米；要求不少于100.00平方米（建筑面积 30000 × 1/300）；差1.00平方米。"]);
    if (name === "first") {
      expect(printed.slice(0, 2)).toEqual(["pending 5.00 2010-12-31", "第三十二条 社区警务室50平方米以上"]);
      expect(printed[2]).toMatch(/^社区警务室面积：未达标，尚未到期；实际45平方米；要求不少于50.00平方米；/);
      expect(printed[3]).toBe("longgang-2005/service-space-ratio");
    }
    // Where an example shows what it prints, as `// value` after each console.log, it prints that.
    if (name === "calculators") expect(printed).toEqual(code.split("\n").filter((l) => l.startsWith("console.log")).map((l) => /\/\/ ([^ (]+(?: \/ [^ (]+)*)/.exec(l)![1]));
    if (name === "authoring") expect(printed).toEqual(["0 0", "longgang-2005,street-rules,example-street-2012"]);
    if (name === "explain") expect(printed).toEqual(code.split("\n").filter((l) => l.startsWith("// ")).map((l) => l.slice(3)));
    if (name === "overrides") {
      expect(printed.slice(0, 2)).toEqual(["pass 112.50", "[object Object]"]);
      expect(printed[2]).toMatch(/已按“某区实施细则 第5条”调整（denominator 300→400）。$/);
      expect(printed[3]).toBe("112.50");
    }
  });
});
