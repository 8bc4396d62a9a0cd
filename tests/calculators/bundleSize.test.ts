import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";

// A browser app importing one calculator, bundled as a user's bundler would: through the package's
// exports (a node_modules link to this checkout, built by `npm test` before vitest runs).
const root = fileURLToPath(new URL("../../", import.meta.url));
const app = mkdtempSync(join(tmpdir(), "cscn-app-"));
mkdirSync(join(app, "node_modules"));
symlinkSync(root, join(app, "node_modules", "community-standards-cn"), "dir");

const gzipOf = (source: string) => {
  const result = buildSync({ stdin: { contents: source, resolveDir: app, loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
};

describe("one calculator in a browser bundle (esbuild, minified, gzip)", () => {
  const fromCalculators = gzipOf(`import { requiredServiceSpace } from "community-standards-cn/calculators"; console.log(requiredServiceSpace(45000));`);
  const fromMain = gzipOf(`import { requiredServiceSpace } from "community-standards-cn"; console.log(requiredServiceSpace(45000));`);

  it(`from community-standards-cn/calculators stays within 15 KB (${fromCalculators} bytes)`, () => {
    expect(fromCalculators).toBeLessThanOrEqual(15 * 1024);
  });

  it(`is smaller than through the main entry, which brings the rules and zod (${fromMain} bytes)`, () => {
    expect(fromCalculators).toBeLessThan(fromMain / 2);
  });

  it("works the same through either entry", async () => {
    const calculators = await import(join(root, "dist/calculators.js"));
    const main = await import(join(root, "dist/index.js"));
    expect(calculators.requiredServiceSpace(45000)).toBe("150.00");
    expect(Object.keys(calculators).sort()).toEqual(["governmentPurchasePrice", "inLieuPayment", "projectInLieuPayment", "requiredCount", "requiredServiceSpace", "requiredStreetServiceCenterArea", "splitWorkStationFunding"]);
    for (const name of Object.keys(calculators)) expect(main[name]).toBeTypeOf("function");
  });
});
