import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, main } from "../../src/cli/main";
import { encodeGbk } from "../csv/encodeGbk";

const dir = mkdtempSync(join(tmpdir(), "community-standards-"));
const TEMPLATE = new URL("../../examples/template.csv", import.meta.url).pathname;
const JSON_FILE = new URL("../../examples/subjects.json", import.meta.url).pathname;

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), outIsTerminal: false, errIsTerminal: false });
  return { code, out, err };
}

function write(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("community-standards check", () => {
  it("without a file checks the embedded examples; a failure exits 1, --exit-zero exits 0", async () => {
    const plain = await run("check");
    expect(plain.code).toBe(EXIT.failed);
    expect(plain.out).toMatch(/^5 subjects, \d+ findings: \d+ pass, \d+ fail/m);
    expect((await run("check", "--exit-zero")).code).toBe(EXIT.ok);
  });

  it("checks the shipped template CSV (failures: exit 1) and prints a table with a summary", async () => {
    const { code, out } = await run("check", TEMPLATE, "--as-of", "2013-01-01");
    expect(code).toBe(EXIT.failed);
    expect(out).toMatch(/FAIL\s+longgang-2005\/facility-area\/police\s+第三十二条\s+社区警务室面积：未达标/);
    expect(out).toMatch(/^4 subjects, /m);
  });

  it("reads a GBK copy of the template exactly as the UTF-8 one", async () => {
    const gbk = write("template-gbk.csv", encodeGbk(readFileSync(TEMPLATE, "utf8")));
    const utf8 = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "json");
    const fromGbk = await run("check", gbk, "--as-of", "2013-01-01", "--format", "json");
    expect(fromGbk.code).toBe(EXIT.failed);
    expect(fromGbk.out).toBe(utf8.out);
    expect(JSON.parse(fromGbk.out)[0].subject.name).toBe("沙塘布社区");
  });

  it("reads UTF-8 with a byte-order mark and CRLF", async () => {
    const file = write("bom.csv", "\uFEFFid,name,jurisdiction,households\r\nl1,\"金雀山,社区\",linyi,2000\r\n");
    const { code, out } = await run("check", file, "--as-of", "2002-01-01", "--format", "json");
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)[0].subject).toEqual({ kind: "community", id: "l1", path: ["l1"], name: "金雀山,社区" });
  });

  it("checks a JSON file of subjects", async () => {
    const { code, out, err } = await run("check", JSON_FILE, "--as-of", "2013-01-01", "--format", "json");
    expect(code).toBe(EXIT.failed);
    expect(JSON.parse(out).map((r: { subject: { id: string } }) => r.subject.id)).toEqual(["shipai", "buji-garden"]);
    expect(err).toMatch(/^2 subjects, /);
  });

  it("exits 0 when nothing fails", async () => {
    const file = write("ok.json", JSON.stringify({ kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 30000, serviceSpaceM2: 100 }));
    expect((await run("check", file, "--as-of", "2012-01-01")).code).toBe(EXIT.ok);
  });

  it("exits 2 naming the file, row, column and reason of every problem, and still checks the good rows", async () => {
    const file = write("bad.csv", "id,population,serviceStation\nc1,100,TRUE\nc2,-5,maybe\n,,\nc4,12,是\n");
    const { code, out, err } = await run("check", file, "--as-of", "2012-01-01", "--documents", "linyi-report");
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:3:population: expected a whole number of 0 or more, received "-5"`);
    expect(err).toContain(`${file}:3:serviceStation: expected TRUE/FALSE`);
    expect(out).toMatch(/^2 subjects, .*; 2 input problems$/m);
  });

  it("exits 2 for an unknown column in the header", async () => {
    const { code, err } = await run("check", write("head.csv", "id,polulation\nc1,3\n"));
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(/head\.csv:1:polulation: unknown column/);
  });

  it("exits 2 for invalid JSON subjects, naming the array index and field", async () => {
    const file = write("bad.json", JSON.stringify([{ kind: "community", id: "ok" }, { kind: "community", id: "x", polulation: 3 }]));
    const { code, err } = await run("check", file);
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:2:polulation: unknown field`);
  });

  it("exits 2 for a file that is not JSON, or does not exist", async () => {
    expect((await run("check", write("broken.json", "{"))).err).toMatch(/not valid JSON/);
    const missing = await run("check", join(dir, "nope.csv"));
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.err).toMatch(/ENOENT/);
  });

  it.each([
    [["check", "--format", "xml"], /--format: expected table, json or csv/],
    [["check", "--as-of", "2012-02-30"], /--as-of: expected a calendar date/],
    [["check", "--documents", "longgang-2006"], /--documents: unknown document "longgang-2006"/],
    [["check", "--lang", "fr"], /--lang: expected zh or en/],
    [["verify"], /unknown command: verify/],
    [["check", "--colour"], /Unknown option '--colour'/],
  ])("exits 2 for %j", async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(message);
  });

  it("writes CSV for spreadsheets: a BOM, a header, one line per finding", async () => {
    const { out } = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "csv", "--lang", "en");
    const lines = out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFsubject,kind,rule,status,modality,measured,required,shortfall,due,document,article,message");
    expect(lines).toContain("shatang,community,longgang-2005/facility-area/police,fail,requirement,45,≥ 50.00,5.00,2010-12-31,longgang-2005,第三十二条,community police office area: not met; measured 45 m²; required at least 50.00 m²; short by 5.00 m²; due 2010-12-31.");
  });

  it("--only-failures lists failed standards only", async () => {
    const { out } = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "json", "--only-failures");
    const statuses = new Set(JSON.parse(out).flatMap((r: { findings: { status: string }[] }) => r.findings.map((f) => f.status)));
    expect([...statuses]).toEqual(["fail"]);
  });

  it("colours statuses only on a terminal", async () => {
    let out = "";
    await main(["check", "--exit-zero"], { out: (t) => void (out += t), err: () => {}, outIsTerminal: true, errIsTerminal: false });
    expect(out).toContain("\x1b[31mFAIL");
    expect((await run("check", "--exit-zero")).out).not.toContain("\x1b[");
  });

  it("--help prints the usage", async () => {
    expect((await run("--help")).out).toMatch(/^Usage: community-standards check/);
  });
});
