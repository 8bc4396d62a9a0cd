// The layers, bottom to top (docs/development.md draws them): a file imports its own folder and
// folders of lower layers only. The engine is handed its rule book (rules/ sits below it and never
// imports it); the entries and the programs at the top wire the built-in book in.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

export const LAYERS: readonly (readonly string[])[] = [
  ["src/types", "src/deepFreeze", "src/normalizeText", "src/ruleIds"],
  ["src/arithmetic", "src/dates", "src/csv", "src/errors"],
  ["src/labels"],
  ["src/format", "src/measure", "src/calculators"],
  ["src/schema"],
  ["src/flat", "src/json", "src/examples", "src/checks"],
  ["src/rule"],
  ["rules"],
  ["src/engine"],
  ["src/api", "src/authoring", "src/read", "src/report", "src/rules", "src/texts", "src/testing", "src/sheets"],
  ["src/cli", "src/web", "src/build", "src/index"],
];

const ROOT = resolve(__dirname, "..");

/** The unit of a layer a file belongs to: its folder under src/ (a file at src/'s top is its own), or rules/. */
function unitOf(file: string): string {
  const parts = relative(ROOT, file).split(sep);
  if (parts[0] === "rules") return "rules";
  if (parts.length === 2) return `src/${parts[1]!.replace(/\.ts$/, "")}`;
  return `src/${parts[1]}`;
}

const layerOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));
const files = (dir: string): string[] => readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : entry.endsWith(".ts") ? [join(dir, entry)] : []));
const sources = [...files(join(ROOT, "src")), ...files(join(ROOT, "rules"))].filter((f) => !f.endsWith(".d.ts"));

describe("the layers", () => {
  it("name every folder of src/ and rules/", () => {
    expect(sources.map(unitOf).filter((unit) => layerOf(unit) < 0)).toEqual([]);
  });

  it("are read one way: every import goes to the file's own folder or to a lower layer", () => {
    const wrong: string[] = [];
    for (const file of sources) {
      const from = unitOf(file);
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
        const target = normalize(join(dirname(file), spec!));
        const to = unitOf(statSync(`${target}.ts`, { throwIfNoEntry: false }) ? `${target}.ts` : join(target, "index.ts"));
        if (to !== from && layerOf(to) >= layerOf(from)) wrong.push(`${relative(ROOT, file)} imports ${spec} (${from}, layer ${layerOf(from)} → ${to}, layer ${layerOf(to)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keep the engine from the rule book: nothing in src/engine imports rules/", () => {
    const engine = sources.filter((f) => unitOf(f) === "src/engine");
    expect(engine.length).toBeGreaterThan(5);
    for (const file of engine) expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/from "(\.\.\/)+rules"/);
  });
});

describe("the tests", () => {
  // A test that reads a file one machine happens to have passes there and fails on a fresh clone
  // (a scratch test once read /tmp/lo/r.pdf): tests make their own files under a temporary folder.
  it("read no fixed path outside the repository", () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "node_modules" || e.name.startsWith(".") ? [] : walk(join(dir, e.name))) : /\.(m?ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
    })(join(ROOT, "tests"));
    expect(files.length).toBeGreaterThan(100);
    const fixed = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/["'`]\/(?:tmp|work|root|home)\/[^"'`]*/g)].map((m) => `${relative(ROOT, file)}: ${m[0]}`));
    expect(fixed).toEqual([]);
  });
});
