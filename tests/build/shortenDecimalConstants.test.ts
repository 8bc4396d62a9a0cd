import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { KEPT_DIGITS, shortenDecimalConstants } from "../../src/build/shortenDecimalConstants";

const require = createRequire(import.meta.url);
const sources = ["decimal.js/decimal.mjs", "decimal.js/decimal.js"].map((path) => [path, readFileSync(require.resolve(path), "utf8")] as const);
const constant = (source: string, name: string) => new RegExp(`\\b${name} = '([\\d.]+)'`).exec(source)?.[1];

describe.each(sources)("shortenDecimalConstants on %s", (_, source) => {
  const shortened = shortenDecimalConstants(source);

  it.each([
    ["LN10", "2.30258509299404568401799145468436420760110148862877297603332790096757260967735248023599720508959829834196778404228"],
    ["PI", "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328"],
  ])("keeps the first %s digits of %s, as decimal.js has them", (name, start) => {
    const original = constant(source, name)!;
    expect(original.length).toBeGreaterThan(1000);
    expect(constant(shortened, name)).toBe(original.slice(0, KEPT_DIGITS + 1));
    expect(constant(shortened, name)!.replace(".", "")).toHaveLength(KEPT_DIGITS);
    expect(start.startsWith(constant(shortened, name)!.slice(0, 50))).toBe(true);
  });

  it("changes nothing else", () => {
    const withoutConstants = (text: string) => text.replace(/\b(LN10|PI) = '[\d.]+'/g, "$1 = ''");
    expect(withoutConstants(shortened)).toBe(withoutConstants(source));
    expect(shortened.length).toBeLessThan(source.length - 1800);
  });
});
