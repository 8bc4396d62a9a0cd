import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMN_LABELS } from "../src/flat/columnLabels";
import { COLUMNS } from "../src/flat/columns";
import { documents } from "../src/index";
import * as api from "../src/index";
import { SHEET_FUNCTIONS } from "../src/sheets/table";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("gives the two-command quick start", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });

  it.each(COLUMNS.map((c) => [c.name]))("documents the column %s", (name) => {
    expect(readme).toContain(`| \`${name}\` |`);
  });

  it.each(COLUMNS.map((c) => [c.name, COLUMN_LABELS[c.name]]))("gives %s its Chinese header %s", (name, label) => {
    expect(readme).toContain(`| \`${name}\` | ${label} |`);
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f.zhName]))("shows a formula for %s and its Chinese name %s", (name, zhName) => {
    expect(readme).toMatch(new RegExp(`=${name}\\(`));
    expect(readme).toContain(`| \`${name}\` | \`${zhName}\` |`);
  });

  it.each(documents.map((d) => [d.id]))("lists the document %s", (id) => {
    expect(readme).toContain(`| \`${id}\` |`);
  });

  it.each(["governmentPurchasePrice", "inLieuPayment", "projectInLieuPayment", "requiredCount", "requiredServiceSpace", "requiredStreetServiceCenterArea", "splitWorkStationFunding"])(
    "documents the calculator %s, which the package exports",
    (name) => {
      expect(api).toHaveProperty(name);
      expect(readme).toContain(`\`${name}(`);
    },
  );
});

it("the public API is listed one value per line, alphabetically (case-insensitive), in src/index.ts", () => {
  const source = readFileSync(new URL("../src/index.ts", import.meta.url), "utf8");
  const names = [...source.matchAll(/^export \{ (\w+) \} from/gm)].map((m) => m[1]!);
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  expect(names.sort()).toEqual(Object.keys(api).sort());
});
