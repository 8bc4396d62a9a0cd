import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dropUnusedDecimalMethods, UNUSED_METHODS, UNUSED_STATICS } from "../../src/build/dropUnusedDecimalMethods";
import { shortenDecimalConstants } from "../../src/build/shortenDecimalConstants";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("decimal.js/decimal.mjs"), "utf8");
const trimmed = dropUnusedDecimalMethods(shortenDecimalConstants(source));
// The trimmed decimal.js as the sheet builds get it, loaded as a module of its own.
const Trimmed = ((await import(`data:text/javascript;base64,${Buffer.from(trimmed).toString("base64")}`)) as { default: typeof import("decimal.js").default }).default;
const Whole = require("decimal.js") as typeof import("decimal.js").default;
const clones = [Whole, Trimmed].map((D) => D.clone({ precision: 40, rounding: D.ROUND_HALF_UP }));

const ALL_REMOVED = [...UNUSED_METHODS.flat()];

describe("dropUnusedDecimalMethods", () => {
  it.each(ALL_REMOVED)("leaves out the method %s", (name) => {
    expect(name in Whole.prototype).toBe(true);
    expect(name in Trimmed.prototype).toBe(false);
  });

  it.each(UNUSED_STATICS)("leaves out the constructor's %s", (name) => {
    expect(typeof (Whole as unknown as Record<string, unknown>)[name]).toBe("function");
    expect((Trimmed as unknown as Record<string, unknown>)[name]).toBeUndefined();
  });

  // What the library does with Decimal, on figures at and around its edges: each must answer as the
  // whole decimal.js does.
  const FIGURES = ["0", "0.01", "10.1", "1.05", "199.99", "45000", "45001", "-3.5", "1e-7", "123456789012345678901234567890.123", "0x1f", "1/3"];
  it.each(FIGURES.flatMap((a) => FIGURES.map((b) => [a, b])))("%s and %s: sums, products, quotients, comparisons and rounding as decimal.js whole", (a, b) => {
    const answers = clones.map((D) => {
      const run = (f: () => unknown) => {
        try {
          return String(f());
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      };
      const x = () => new D(a);
      const y = () => new D(b);
      return [
        run(() => x().plus(y())), run(() => x().minus(y())), run(() => x().times(y())), run(() => x().div(y())), run(() => x().isZero()),
        run(() => x().gte(y())), run(() => x().lt(y())), run(() => x().equals(y())), run(() => x().toFixed(2)), run(() => x().toFixed(2, D.ROUND_UP)),
        run(() => x().ceil()), run(() => x().floor()), run(() => x().toDecimalPlaces(2, D.ROUND_UP)), run(() => x().toNumber()), run(() => x().isInteger()),
        run(() => x().decimalPlaces()), run(() => x().abs()), run(() => x().toFixed()),
      ];
    });
    expect(answers[1]).toEqual(answers[0]);
  });

  it("is not asked to leave out anything the library calls", () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
    const code = ["src", "rules"].flatMap(files).filter((f) => !f.includes("/build/")).map((f) => readFileSync(f, "utf8")).join("\n");
    // console.log and Math.sqrt/Math.log… are not decimal.js.
    const calls = [...code.matchAll(/(?<!console|Math)\.(\w+)\(/g)].map((m) => m[1]!);
    expect(calls.filter((name) => ALL_REMOVED.includes(name) || UNUSED_STATICS.includes(name))).toEqual([]);
  });

  it("refuses a decimal.js where a listed method is not where it expects", () => {
    expect(() => dropUnusedDecimalMethods(source.replace("P.squareRoot = P.sqrt = function", "P.squareRoot = P.sqrt = (function"))).toThrow(/not found where expected, so not dropped: squareRoot,sqrt/);
    expect(() => dropUnusedDecimalMethods(source.slice(0, source.indexOf("P.squareRoot") + 100))).toThrow(/the end of squareRoot\/sqrt \(line \d+\) was not found/);
  });

  it("saves more than 2.5 KB of gzip on decimal.js alone, and leaves the rest as it was", async () => {
    const { gzipSync } = await import("node:zlib");
    const minified = async (text: string) => (await import("esbuild")).transform(text, { minify: true, format: "esm" });
    const [before, after] = await Promise.all([minified(shortenDecimalConstants(source)), minified(trimmed)]);
    expect(gzipSync(before.code).length - gzipSync(after.code).length).toBeGreaterThan(2500);
    // Every line kept is decimal.js's own, in its order: the trimmed file is the whole one with lines left out.
    const lines = shortenDecimalConstants(source).split("\n");
    let at = 0;
    for (const line of trimmed.split("\n")) {
      while (at < lines.length && lines[at] !== line) at++;
      expect(at).toBeLessThan(lines.length);
      at++;
    }
  });
});
