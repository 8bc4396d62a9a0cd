// What a user installs, tested as a user has it: the packed tarball installed into a fresh project,
// compiled with `tsc --strict` under each module setting TypeScript users have, and run. The rest of
// the suite compiles src/, which is not what anyone installs (a declaration file that did not parse
// shipped unnoticed once). Runs after `npm run build` (as `npm test` does); needs the npm cache that
// `npm ci` filled, or the registry.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const FIXTURE = join(__dirname, "consumer/usesEveryExport.ts");
const ENTRIES = ["community-standards-cn", "community-standards-cn/authoring", "community-standards-cn/calculators", "community-standards-cn/testing", "community-standards-cn/texts"];
const versionOf = (name: string) => (createRequire(join(ROOT, "package.json"))(`${name}/package.json`) as { version: string }).version;

/** One module setting a user may have: its compiler options and the package type of its folder. */
interface Setup {
  name: string;
  type: "module" | "commonjs";
  options: Record<string, unknown>;
}
const SETUPS: Setup[] = [
  { name: "nodenext-esm", type: "module", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "nodenext-cjs", type: "commonjs", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "bundler", type: "module", options: { module: "esnext", moduleResolution: "bundler" } },
  // TypeScript's legacy resolution reads no `exports`: the subpaths reach it through typesVersions.
  // zod's own declarations need esModuleInterop there (what `tsc --init` writes).
  { name: "node10", type: "commonjs", options: { module: "commonjs", moduleResolution: "node10", esModuleInterop: true } },
];

let project = "";
let tarball = "";
const run = (command: string, args: string[], cwd = project) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });
const tsc = (cwd: string) => {
  try {
    run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "."], cwd);
  } catch (error) {
    throw new Error(`tsc failed in ${cwd}:\n${(error as { stdout?: string }).stdout ?? ""}`);
  }
};
const tsconfig = (options: Record<string, unknown>, include: string[]) =>
  JSON.stringify({ compilerOptions: { strict: true, target: "es2022", lib: ["es2022"], types: ["node"], outDir: "out", rootDir: ".", ...options }, include }, null, 2);

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "consumer-"));
  // `npm test` has just built dist/: pack it as it is (prepack would build it again).
  const packed = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", project], ROOT)) as { filename: string }[];
  tarball = join(project, packed[0]!.filename);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  run("npm", ["install", "--prefer-offline", "--fetch-retries=5", "--no-audit", "--no-fund", "--loglevel=error", tarball, `typescript@${versionOf("typescript")}`, `@types/node@${versionOf("@types/node")}`]);
  for (const setup of SETUPS) {
    const dir = join(project, setup.name);
    mkdirSync(dir);
    cpSync(FIXTURE, join(dir, "usesEveryExport.ts"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: setup.type }));
    writeFileSync(join(dir, "tsconfig.json"), tsconfig(setup.options, ["usesEveryExport.ts"]));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out/package.json"), JSON.stringify({ type: setup.type }));
  }
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed package in a fresh project", () => {
  it.each(SETUPS)("compiles with tsc --strict and runs under $name", (setup) => {
    const dir = join(project, setup.name);
    tsc(dir);
    expect(run(process.execPath, ["out/usesEveryExport.js"], dir)).toContain("every export used");
  }, 120_000);

  it("the consumer file imports every export of every entry, types included", () => {
    const file = join(project, "nodenext-esm/usesEveryExport.ts");
    const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, types: ["node"] });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file)!;
    const unused: string[] = [];
    const seen: string[] = [];
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      if (!ENTRIES.includes(specifier)) continue;
      seen.push(specifier);
      const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
      expect(module, `${specifier} resolves`).toBeDefined();
      const exported = checker.getExportsOfModule(module!).map((s) => s.name);
      expect(exported.length, `${specifier} exports something`).toBeGreaterThan(0);
      const bindings = statement.importClause?.namedBindings;
      const used = new Set<string>();
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) used.add((e.propertyName ?? e.name).text);
      if (bindings && ts.isNamespaceImport(bindings)) {
        const alias = bindings.name.text;
        for (const match of source.text.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, "g"))) used.add(match[1]!);
      }
      unused.push(...exported.filter((name) => !used.has(name)).map((name) => `${specifier}: ${name}`));
    }
    expect(seen.sort()).toEqual([...ENTRIES].sort());
    expect(unused).toEqual([]);
  });

  it("the README's TypeScript examples type-check against the built declarations", () => {
    const dir = join(project, "readme");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    // The testing example extends vitest's types: the repository's own vitest stands in.
    if (!existsSync(join(project, "node_modules/vitest"))) symlinkSync(join(ROOT, "node_modules/vitest"), join(project, "node_modules/vitest"), "dir");
    const documents = ["README.md", ...(existsSync(join(ROOT, "docs")) ? readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`) : [])];
    const names: string[] = [];
    for (const document of documents) {
      const blocks = [...readFileSync(join(ROOT, document), "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!).filter((code) => /^import /m.test(code));
      blocks.forEach((code, i) => {
        const name = `${document.replace(/[/.]/g, "_")}_${i + 1}.ts`;
        writeFileSync(join(dir, name), code);
        names.push(name);
      });
    }
    expect(names.length).toBeGreaterThanOrEqual(5);
    writeFileSync(join(dir, "tsconfig.json"), tsconfig({ module: "nodenext", moduleResolution: "nodenext", noEmit: true }, names));
    tsc(dir);
  }, 120_000);

  it("every entry loads and runs without exceljs, which only the command line needs", () => {
    const exceljs = join(project, "node_modules/exceljs");
    expect(existsSync(exceljs)).toBe(true);
    renameSync(exceljs, `${exceljs}-away`);
    try {
      for (const setup of ["nodenext-esm", "nodenext-cjs"]) {
        const dir = join(project, setup);
        if (!existsSync(join(dir, "out/usesEveryExport.js"))) tsc(dir);
        expect(run(process.execPath, ["out/usesEveryExport.js"], dir)).toContain("every export used");
      }
    } finally {
      renameSync(`${exceljs}-away`, exceljs);
    }
  }, 120_000);

  it("@arethetypeswrong/cli finds no problem in the tarball, in every resolution mode", () => {
    const attw = join(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js");
    const out = run(process.execPath, [attw, tarball, "--format", "json"], ROOT);
    const result = JSON.parse(out) as { analysis: { problems: unknown[] } };
    expect(result.analysis.problems).toEqual([]);
  }, 120_000);

  it("publint finds nothing to fix in the tarball", () => {
    const out = run(process.execPath, [join(ROOT, "node_modules/publint/src/cli.js"), tarball, "--strict"], ROOT);
    expect(out).toContain("All good!");
  }, 120_000);
});
