import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { csvWriter } from "../../src/report/writers";
import type { FileProblem, Report } from "../../src/types";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "community-standards-csv-lean-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE = readFileSync(new URL("../../examples/template.csv", import.meta.url), "utf8");
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// A streamed street (its communities read one at a time, each with its place in the tree) and the JSON examples.
const STREET = file("street.json", JSON.stringify({ kind: "street", id: "s", name: "=石牌街", jurisdiction: "guangzhou", communities: Array.from({ length: 40 }, (_, i) => ({ kind: "community", id: `c${i}`, population: 2000 + 300 * i, households: 700 + 90 * i })) }));
const INPUTS: [string, string][] = [
  ["the template", new URL("../../examples/template.csv", import.meta.url).pathname],
  ["the JSON examples", new URL("../../examples/subjects.json", import.meta.url).pathname],
  ["a streamed street of 40 communities", STREET],
];

/**
 * The command line's CSV is written from the outcomes, without findings (src/report/writers.ts,
 * `outcome`); its JSON from full reports. The CSV must be the full reports' CSV, line for line:
 * what csvWriter writes from the JSON reports and their input problems.
 */
async function expectCsvOfReports(input: string, ...options: string[]) {
  for (const lang of ["zh", "en"] as const) {
    const csv = await runCli("check", input, "--as-of", "2013-01-01", "--format", "csv", "--lang", lang, ...options);
    const json = await runCli("check", input, "--as-of", "2013-01-01", "--format", "json", "--lang", lang, ...options);
    expect(csv.code).toBe(json.code);
    // The closing line: subjects, findings per status, input problems.
    expect(csv.err.trimEnd().split("\n").at(-1)).toBe(json.err.trimEnd().split("\n").at(-1));
    const writer = csvWriter(lang);
    const reports = JSON.parse(json.out) as (Report & { inputProblems?: FileProblem[] })[];
    const expected = writer.start() + reports.map(({ inputProblems, ...report }) => writer.report(report, inputProblems)).join("");
    // Rows that gave no subject are lines of their own in the CSV and on the error stream beside JSON.
    const withoutRowProblems = csv.out.split("\r\n").filter((line) => !line.startsWith(",,,")).join("\r\n");
    expect(withoutRowProblems).toBe(expected);
    // Into a file the lines go as pieces, a line written before as its bytes (subjectInto): the same bytes as stdout's text.
    const path = join(dir, `report-${lang}.csv`);
    const written = await runCli("check", input, "--as-of", "2013-01-01", "--format", "csv", "--lang", lang, ...options, "--output", path);
    expect(written.code).toBe(csv.code);
    expect(readFileSync(path, "utf8")).toBe(csv.out);
  }
}

describe("the command line's CSV, written without findings", () => {
  it.each(INPUTS)("is the CSV of the full reports for %s", async (_, input) => {
    await expectCsvOfReports(input);
    await expectCsvOfReports(input, "--only-failures");
  });

  it("is the CSV of the full reports with a local document", async () => {
    await expectCsvOfReports(new URL("../../examples/template.csv", import.meta.url).pathname, "--rules", new URL("../../examples/local-document.json", import.meta.url).pathname);
  });

  it("is the CSV of the full reports for templates with cells changed, bad ones included", async () => {
    const lines = TEMPLATE.split(/\r?\n/);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", "0", "-1", "abc", "12.5", "=1+1", "是", "99999", "2011-01-01")), { minLength: 1, maxLength: 6 }), async (edits) => {
        const rows = lines.map((line) => line.split(","));
        for (const [row, column, value] of edits) {
          const cells = rows[1 + (row % (rows.length - 2))]!;
          cells[column % cells.length] = value;
        }
        await expectCsvOfReports(file(`changed-${run++}.csv`, rows.map((cells) => cells.join(",")).join("\n")));
      }),
      { numRuns: 25, seed: 20261203 },
    );
  }, 60_000);
});
