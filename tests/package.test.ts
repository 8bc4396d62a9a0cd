import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// `npm test` builds before it runs vitest, so these check the package a user installs.
const root = new URL("../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const API = ["documents", "evaluate", "governmentPurchasePrice", "requiredServiceSpace", "rules", "safeEvaluate", "splitWorkStationFunding", "subjectSchema"];

describe("the built package", () => {
  it("loads through require (CJS) with the same API", () => {
    const lib = createRequire(import.meta.url)(new URL(pkg.exports["."].require.default, root).pathname);
    for (const name of API) expect(lib).toHaveProperty(name);
    expect(lib.governmentPurchasePrice(4.3)).toBe("4.52");
  });

  it("loads through import (ESM)", async () => {
    const lib = await import(new URL(pkg.exports["."].import.default, root).href);
    for (const name of API) expect(lib).toHaveProperty(name);
    expect(lib.evaluate({ kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 300, serviceSpaceM2: 1 }, { asOf: "2012-01-01" }).summary.pass).toBe(1);
  });

  it.each([
    [".", "import"],
    [".", "require"],
    ["./texts", "import"],
    ["./texts", "require"],
    ["./calculators", "import"],
    ["./calculators", "require"],
    ["./testing", "import"],
    ["./testing", "require"],
    ["./authoring", "import"],
    ["./authoring", "require"],
  ])("ships type declarations for %s (%s)", (entry, condition) => {
    expect(existsSync(new URL(pkg.exports[entry][condition].types, root))).toBe(true);
  });

  it("keeps the normalized texts out of the main entry", () => {
    const main = readFileSync(new URL(pkg.exports["."].import.default, root), "utf8");
    expect(main).not.toContain("深圳市龙岗区社区建设工作试行办法》已经区委");
  });
});

it("ships the MIT LICENSE its package.json names", async () => {
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  expect(pkg.license).toBe("MIT");
  expect(pkg.files).toContain("LICENSE");
  expect(readFileSync(new URL("../LICENSE", import.meta.url), "utf8")).toMatch(/^MIT License\n/);
});
