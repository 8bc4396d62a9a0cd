import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMN_LABELS } from "../src/labels/columnLabels";
import { COLUMNS } from "../src/flat/columns";
import { documents } from "../src/index";
import * as exported from "../src/index";
import { SHEET_FUNCTIONS } from "../src/sheets/table";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), "utf8");
const flatFormat = doc("flat-format.md");
const spreadsheets = doc("spreadsheets.md");
const api = doc("api.md");

describe("the README and the documentation it links to", () => {
  it("gives the two-command quick start", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });

  it("is short enough to read first (about 250 lines at most) and links to every document it moved out", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(250);
    for (const linked of ["docs/使用说明.md", "docs/api.md", "docs/spreadsheets.md", "docs/command-line.md", "docs/flat-format.md", "docs/documents.md", "docs/rules.md", "docs/development.md", "CHANGELOG.md"]) expect(readme).toContain(`](${linked})`);
  });

  it("opens with the part for street offices, before the part for developers", () => {
    expect(readme.indexOf("## 街道办")).toBeGreaterThan(0);
    expect(readme.indexOf("## 街道办")).toBeLessThan(readme.indexOf("## Developers"));
    expect(readme).toContain("npm run release");
  });

  it.each(COLUMNS.map((c) => [c.name]))("documents the column %s", (name) => {
    expect(flatFormat).toContain(`| \`${name}\` |`);
  });

  it.each(COLUMNS.map((c) => [c.name, COLUMN_LABELS[c.name]]))("gives %s its Chinese header %s", (name, label) => {
    expect(flatFormat).toContain(`| \`${name}\` | ${label} |`);
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f.zhName]))("shows a formula for %s and its Chinese name %s", (name, zhName) => {
    expect(spreadsheets).toMatch(new RegExp(`=${name}\\(`));
    expect(spreadsheets).toContain(`| \`${name}\` | \`${zhName}\` |`);
    expect(doc("使用说明.md")).toContain(`| \`${name}\` | \`${zhName}\` |`);
  });

  it.each(documents.map((d) => [d.id]))("lists the document %s", (id) => {
    expect(readme).toContain(`| \`${id}\` |`);
  });

  it.each(["governmentPurchasePrice", "inLieuPayment", "projectInLieuPayment", "requiredCount", "requiredServiceSpace", "requiredStreetServiceCenterArea", "splitWorkStationFunding"])(
    "documents the calculator %s, which the package exports",
    (name) => {
      expect(exported).toHaveProperty(name);
      expect(api).toContain(`\`${name}(`);
    },
  );
});

it("the public API is listed one value per line, alphabetically (case-insensitive), in src/index.ts", () => {
  const source = readFileSync(new URL("../src/index.ts", import.meta.url), "utf8");
  const names = [...source.matchAll(/^export \{ (\w+) \} from/gm)].map((m) => m[1]!);
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  expect(names.sort()).toEqual(Object.keys(exported).sort());
});
