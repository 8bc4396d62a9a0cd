import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, main } from "../../src/cli/main";
import { writeFailure } from "../../src/cli/outputError";
import { evaluate } from "../../src/api/evaluate";
import { examples } from "../../src/examples";
import { runCli } from "./runCli";
import { encodeGbk } from "../csv/encodeGbk";

const dir = mkdtempSync(join(tmpdir(), "community-standards-"));
const TEMPLATE = new URL("../../examples/template.csv", import.meta.url).pathname;
const JSON_FILE = new URL("../../examples/subjects.json", import.meta.url).pathname;

const run = runCli;

function write(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("community-standards check", () => {
  it("without a file checks the embedded examples; a failure exits 1, --exit-zero exits 0", async () => {
    const plain = await run("check", "--lang", "en");
    expect(plain.code).toBe(EXIT.failed);
    // Five examples, one a street with its communities: the summary counts every block of the table.
    const blocks = plain.out.split("\n").filter((line) => /^(community|street|district|city|project) /.test(line)).length;
    expect(blocks).toBeGreaterThan(5);
    expect(plain.out).toMatch(new RegExp(`^${blocks} subjects, \\d+ findings: \\d+ pass, \\d+ fail`, "m"));
    expect((await run("check")).out).toMatch(new RegExp(`^共 ${blocks} 个主体，`, "m"));
    expect((await run("check")).out).toMatch(/^共 \d+ 个主体，\d+ 条结论：达标 \d+，未达标 \d+，未到期 \d+，数据不足 \d+，提示 \d+，不适用 \d+$/m);
    expect((await run("check", "--exit-zero")).code).toBe(EXIT.ok);
  });

  // Each example is checked on its own day: the command line's plan is asked for again as the day changes.
  it("without a file, its JSON is each example's report on the example's own day", async () => {
    const json = await run("check", "--format", "json");
    expect(JSON.parse(json.out)).toEqual(examples.map((example) => JSON.parse(JSON.stringify(evaluate(example.subject, { asOf: example.asOf })))));
  });

  it("--explain shows each finding's steps under it, in the table and in JSON", async () => {
    const table = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--only-failures", "--explain");
    expect(table.out).toMatch(/longgang-2005\/facility-area\/police[^\n]*\n[^\n]*「社区警务室50平方米以上」[^\n]*\n\s+· 文件自 2005-07-27 起施行，评估日 2013-01-01 已施行\n\s+· 警务室面积：45\n/);
    expect(table.out).toContain("· 比较：45 < 50，差 50 − 45（向上取到 0.01）");
    const json = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "json", "--explain");
    const police = JSON.parse(json.out).flatMap((r: { findings: { ruleId: string }[] }) => r.findings).find((f: { ruleId: string }) => f.ruleId === "longgang-2005/facility-area/police");
    expect(police.trace.at(-1)).toEqual({ zh: "期限 2010-12-31，评估日 2013-01-01 已过期限：未达标", en: "due 2010-12-31; 2013-01-01 is after it: failed" });
    const plain = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--only-failures");
    expect(plain.out).not.toContain("· ");
  });

  it("checks the shipped template CSV (failures: exit 1) and prints a table with a summary", async () => {
    const { code, out } = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--lang", "en");
    expect(code).toBe(EXIT.failed);
    expect(out).toMatch(/FAIL\s+longgang-2005\/facility-area\/police\s+第三十二条\s+community police office area: not met/);
    expect(out).toMatch(/^5 subjects, /m);
    const zh = await run("check", TEMPLATE, "--as-of", "2013-01-01");
    expect(zh.out).toMatch(/未达标\s+longgang-2005\/facility-area\/police\s+第三十二条\s+社区警务室面积：未达标/);
    expect(zh.out).toContain("社区 沙塘布社区（shatang）");
    expect(zh.out).toMatch(/^共 5 个主体，/m);
  });

  it("reads a GBK copy of the template exactly as the UTF-8 one", async () => {
    const gbk = write("template-gbk.csv", encodeGbk(readFileSync(TEMPLATE, "utf8").replace(/^\uFEFF/, "")));
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
    const { code, out, err } = await run("check", JSON_FILE, "--as-of", "2013-01-01", "--format", "json", "--lang", "en");
    expect(code).toBe(EXIT.failed);
    expect(JSON.parse(out).map((r: { subject: { id: string } }) => r.subject.id)).toEqual(["shipai", "buji-garden"]);
    // A street with its community, and a project.
    expect(err).toMatch(/^3 subjects, /);
  });

  it("exits 0 when nothing fails", async () => {
    const file = write("ok.json", JSON.stringify({ kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 30000, serviceSpaceM2: 100 }));
    expect((await run("check", file, "--as-of", "2012-01-01")).code).toBe(EXIT.ok);
  });

  it("exits 2 naming the file, row, column and reason of every problem, and still checks the good rows", async () => {
    const file = write("bad.csv", "id,population,serviceStation\nc1,100,TRUE\nc2,-5,maybe\n,,\nc4,12,是\n");
    const { code, out, err } = await run("check", file, "--as-of", "2012-01-01", "--documents", "linyi-report", "--lang", "en");
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:3:population: must not be negative, received "-5"`);
    expect(err).toContain(`${file}:3:serviceStation: expected TRUE/FALSE`);
    // c2's row is checked as far as it can be read (population and serviceStation unknown), its problems beside it.
    expect(out).toMatch(/^3 subjects, .*; 2 input problems$/m);
    expect(out).toMatch(/community c2 {2}\(as of 2012-01-01\)[\s\S]*insufficient data; missing serviceStation\.[\s\S]*input problem {2}population: must not be negative/);
    const zh = await run("check", file, "--as-of", "2012-01-01", "--documents", "linyi-report");
    expect(zh.err).toContain(`${file}:3:人口(population): 不能为负数，收到 "-5"`);
    expect(zh.err).toContain(`${file}:3:社区服务站(serviceStation): 应填 是/否`);
    expect(zh.out).toMatch(/^共 3 个主体，.*；输入问题 2 处$/m);
  });

  it("with --strict-columns, exits 2 for an unknown column in the header", async () => {
    const { code, err } = await run("check", write("head.csv", "id,polulation\nc1,3\n"), "--lang", "en", "--strict-columns");
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(/head\.csv:1:polulation: unknown column; did you mean "population"\?/);
    expect((await run("check", write("head-zh.csv", "编号,人品\nc1,3\n"), "--strict-columns")).err).toMatch(/head-zh\.csv:1:人品: 未知的列，是否应为「人口」？/);
  });

  it("by default ignores unknown columns with one note naming them (序号 and 备注 without a guess), and checks the rows", async () => {
    const { code, out, err } = await run("check", write("office.csv", "序号,编号,人品,备注,所属地区\n1,c1,3,已核,龙岗区\n"), "--as-of", "2013-01-01", "--exit-zero");
    expect(code).toBe(EXIT.ok);
    expect(err).toMatch(/^提示：.*office\.csv:1: 忽略了 3 个不认识的列：序号、人品（是否应为「人口」？）、备注\n$/);
    expect(out).toMatch(/共 1 个主体/);
    expect(out).not.toContain("输入问题");
  });

  it("exits 2 for invalid JSON subjects, naming the array index and field", async () => {
    const file = write("bad.json", JSON.stringify([{ kind: "community", id: "ok" }, { kind: "community", id: "x", polulation: 3 }]));
    const { code, err } = await run("check", file, "--lang", "en");
    expect(code).toBe(EXIT.invalid);
    expect(err).toContain(`${file}:2:polulation: unknown field`);
    expect((await run("check", file)).err).toContain(`${file}:2:polulation: 未知字段（拼写有误？）`);
  });

  it.each([
    ["zh", "shatang,沙塘布社区,社区,longgang-2005/shenzhen-standard-by-2007,达标,目标,是,是,", "shatang,沙塘布社区,社区,longgang-2005/model-standard-by-2010,未达标,目标,否,是,"],
    ["en", "shatang,沙塘布社区,community,longgang-2005/shenzhen-standard-by-2007,pass,target,TRUE,TRUE,", "shatang,沙塘布社区,community,longgang-2005/model-standard-by-2010,fail,target,FALSE,TRUE,"],
  ])("writes a yes/no figure in the CSV (%s) as its requirement beside it is written", async (lang, met, failed) => {
    const lines = (await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "csv", "--lang", lang)).out.split("\r\n");
    expect(lines.find((line) => line.includes("/shenzhen-standard-by-2007,"))?.startsWith(met)).toBe(true);
    expect(lines.find((line) => line.includes("/model-standard-by-2010,"))?.startsWith(failed)).toBe(true);
  });

  it("exits 2 for a file that is not JSON, or does not exist", async () => {
    expect((await run("check", write("broken.json", "{"), "--lang", "en")).err).toMatch(/not valid JSON/);
    const broken = write("broken2.json", "{");
    expect((await run("check", broken)).err).toMatch(new RegExp(`^${broken}:1: 不是有效的 JSON：输入在主体中途结束（缺少结尾的括号？）\n`));
    const comma = write("comma.json", '[{"kind":"community","id":"a","population":1,}]');
    // 44 characters up to the trailing comma; the 45th, the }, is where a name was due.
    expect((await run("check", comma)).err).toMatch(new RegExp(`^${comma}:1: 不是有效的 JSON：属性名应以双引号括起（是否多了一个逗号？）（第 45 个字符）\n`));
    const missing = await run("check", join(dir, "nope.csv"));
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.err).toBe(`找不到文件：${join(dir, "nope.csv")}\n`);
    expect((await run("check", join(dir, "nope.json"), "--lang", "en")).err).toBe(`no such file: ${join(dir, "nope.json")}\n`);
  });

  it.each([
    [["check", "--format", "xml", "--lang", "en"], /--format: expected table, csv, json or xlsx/],
    [["check", "--format", "xml"], /--format 应为 table、csv、json 或 xlsx，收到 xml/],
    [["check", "--as-of", "2012-02-30", "--lang", "en"], /--as-of: expected a calendar date/],
    [["check", "--as-of", "2012-02-30"], /--as-of: 应为 1949–2100 年间 YYYY-MM-DD 格式的日期/],
    [["check", "--documents", "longgang-2006", "--lang", "en"], /--documents: unknown document "longgang-2006"/],
    [["check", "--documents", "longgang-2006"], /--documents: 未知的文件 "longgang-2006"/],
    [["check", "--lang", "fr"], /--lang 应为 zh 或 en/],
    [["verify", "--lang", "en"], /unknown command: verify/],
    [["verify"], /未知命令：verify/],
    [["check", "--colour"], /Unknown option '--colour'/],
    [["check", "--format", "xlsx"], /--format xlsx 须用 --output 指定文件/],
    [["template"], /template 须用 --output 指定文件/],
  ])("exits 2 for %j", async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(message);
  });

  it("writes CSV for spreadsheets: a BOM, a header, one line per finding", async () => {
    const { out } = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "csv", "--lang", "en");
    const lines = out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFsubject,name,kind,rule,status,modality,measured,required,shortfall,due,document,article,message");
    expect(lines).toContain("shatang,沙塘布社区,community,longgang-2005/facility-area/police,fail,requirement,45,≥ 50.00,5.00,2010-12-31,longgang-2005,第三十二条,community police office area: not met; measured 45 m²; required at least 50.00 m²; short by 5.00 m²; due 2010-12-31.");
    const zh = (await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "csv")).out.trimEnd().split("\r\n");
    expect(zh[0]).toBe("\uFEFF主体,名称,类型,规则,结论,约束性,实测,要求,差额,期限,文件,条款,说明");
    expect(zh).toContain("shatang,沙塘布社区,社区,longgang-2005/facility-area/police,未达标,要求,45,≥ 50.00,5.00,2010-12-31,龙岗（2005）,第三十二条,社区警务室面积：未达标；实际45平方米；要求不少于50.00平方米；差5.00平方米；期限2010-12-31。");
    // Enumerated values read as their Chinese names, in the cells as in the message.
    expect(zh.find((line) => line.includes("longgang-2005/party-organization-form"))).toMatch(/,未达标,要求,党支部,党总支,,,龙岗（2005）,第十二条,社区党组织形式：未达标；实际党支部；要求党总支。$/);
    expect(lines.find((line) => line.includes("longgang-2005/party-organization-form"))).toMatch(/,fail,requirement,branch,general-branch,/);
  });

  // The CSV writer writes a subject's cells once for its findings and a rule's once for its own:
  // rows that share an id but not a name or a kind, one after another, each keep their own cells.
  it("writes each finding's own subject cells, where rows share an id but not a name or a kind", async () => {
    const file = write("same-ids.json", JSON.stringify([
      { kind: "community", id: "c1", name: "甲社区", jurisdiction: "longgang", oneStopServiceWindow: false },
      { kind: "community", id: "c1", name: "乙社区", jurisdiction: "longgang", oneStopServiceWindow: true },
      { kind: "project", id: "c1", jurisdiction: "longgang", buildingAreaM2: 45000, serviceSpaceM2: 150 },
      { kind: "street", id: "s,1", name: '石牌"街"', jurisdiction: "longgang", communities: [{ kind: "community", id: "c1", name: "甲社区" }] },
    ]));
    const lines = (await run("check", file, "--as-of", "2013-01-01", "--format", "csv")).out.trimEnd().split("\r\n").slice(1);
    const window = lines.filter((line) => line.includes("longgang-2005/one-stop-service-window"));
    expect(window).toHaveLength(3);
    expect(window[0]).toMatch(/^c1,甲社区,社区,longgang-2005\/one-stop-service-window,未达标,/);
    expect(window[1]).toMatch(/^c1,乙社区,社区,longgang-2005\/one-stop-service-window,达标,/);
    expect(window[2]).toMatch(/^"s,1\/c1",甲社区,社区,longgang-2005\/one-stop-service-window,数据不足,/);
    expect(lines.find((line) => line.includes("longgang-2005/service-space-ratio"))).toMatch(/^c1,,住宅项目,longgang-2005\/service-space-ratio,达标,/);
    expect(lines.filter((line) => line.startsWith('"s,1",')).every((line) => line.startsWith('"s,1","石牌""街""",街道,'))).toBe(true);
    expect(lines.filter((line) => line.startsWith('"s,1",')).length).toBeGreaterThan(0);
  });

  // A report that cannot be written is said at once, with exit 2: before any input is read where the
  // place is wrong, and as soon as a write fails where the disk is full.
  it.each([
    ["a CSV report into a folder that does not exist", ["check", TEMPLATE, "--format", "csv", "--output", "/nonexistent/dir/out.csv"], "--output 所在的文件夹不存在：/nonexistent/dir"],
    ["a workbook into a folder that does not exist", ["check", TEMPLATE, "--format", "xlsx", "--output", "/nonexistent/dir/out.xlsx"], "--output 所在的文件夹不存在：/nonexistent/dir"],
    ["the template into a folder that does not exist", ["template", "--output", "/nonexistent/模板.xlsx"], "--output 所在的文件夹不存在：/nonexistent"],
    ["a report onto a folder", ["check", TEMPLATE, "--format", "json", "--output", dir], `--output 是一个文件夹，不是文件：${dir}`],
    ["a report in English onto a folder", ["check", TEMPLATE, "--lang", "en", "--output", dir], `--output is a folder, not a file: ${dir}`],
  ])("exits 2 before reading anything for %s, saying only that (no usage text after it)", async (_, argv, message) => {
    const { code, err, out } = await run(...argv);
    expect(code).toBe(EXIT.invalid);
    expect(err).toBe(`${message}\n`);
    expect(out).toBe("");
  });

  it.each([
    ["a mistyped format", ["check", TEMPLATE, "--format", "xls"], "--format 应为 table、csv、json 或 xlsx，收到 xls", "用法："],
    ["a day that does not exist", ["check", TEMPLATE, "--as-of", "2024-02-30"], "--as-of: ", "用法："],
    ["a mistyped format and an output into a missing folder", ["check", TEMPLATE, "--lang", "en", "--format", "xls", "--output", "/nonexistent/o.csv"], "--format: expected table, csv, json or xlsx, received xls", "Usage:"],
  ])("exits 2 for %s, the usage text after the problems", async (_, argv, first, usage) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT.invalid);
    expect(err.startsWith(first)).toBe(true);
    expect(err).toContain(`\n\n${usage}`);
  });

  it("names a local document that is not valid JSON, with no usage text after it", async () => {
    const rules = write("bad-rules.json", "{ not json");
    const { code, err } = await run("check", TEMPLATE, "--rules", rules);
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(new RegExp(`^--rules ${rules}: 不是有效的 JSON：.+\n$`));
  });

  it.each([
    ["a few rows", TEMPLATE],
    ["more rows than the write buffer holds", write("many.csv", ["id,jurisdiction,households", ...Array.from({ length: 20_000 }, (_, i) => `c${i},longgang,${1000 + i}`)].join("\n"))],
  ])("exits 2 with the reason when the disk is full (/dev/full), for %s, as CSV and as a workbook", async (_, file) => {
    for (const format of ["csv", "xlsx"]) {
      const { code, err } = await run("check", file, "--format", format, "--output", "/dev/full");
      expect(code).toBe(EXIT.invalid);
      expect(err).toBe("无法写出 /dev/full：磁盘已满（ENOSPC: no space left on device, write）\n");
    }
  });

  // A failed write destroys the file's stream at once; its 'error' comes only after the file is
  // closed. CI once closed the report in between and got a TypeError. Slowing fs.close (which
  // Node's file streams call through the fs module) holds that window open, for each format.
  it.each([[1], [20], [80]])("still says the disk is full when closing the file takes %i ms", async (ms) => {
    const fs = createRequire(import.meta.url)("node:fs") as { close: (fd: number, done: (e: Error | null) => void) => void };
    const close = fs.close;
    fs.close = (fd, done) => void setTimeout(() => close(fd, done), ms);
    try {
      for (const format of ["csv", "json", "table", "xlsx"]) {
        const { code, err } = await run("check", TEMPLATE, "--format", format, "--output", "/dev/full");
        expect([format, code, err]).toEqual([format, EXIT.invalid, "无法写出 /dev/full：磁盘已满（ENOSPC: no space left on device, write）\n"]);
      }
    } finally {
      fs.close = close;
    }
  });

  it("says a full disk in English as Node does", async () => {
    const { code, err } = await run("check", TEMPLATE, "--lang", "en", "--format", "csv", "--output", "/dev/full");
    expect(code).toBe(EXIT.invalid);
    expect(err).toBe("cannot write /dev/full: ENOSPC: no space left on device, write\n");
  });

  it.each([["模板.xlsx"], ["模板.csv"]])("exits 2 with the reason when the template %s meets a full disk", async (name) => {
    const path = join(dir, `full-${name}`);
    symlinkSync("/dev/full", path);
    const { code, err } = await run("template", "--output", path);
    expect(code).toBe(EXIT.invalid);
    expect(err).toBe(`无法写出 ${path}：磁盘已满（ENOSPC: no space left on device, write）\n`);
  });

  it("--only-failures lists failed standards only", async () => {
    const { out } = await run("check", TEMPLATE, "--as-of", "2013-01-01", "--format", "json", "--only-failures");
    const statuses = new Set(JSON.parse(out).flatMap((r: { findings: { status: string }[] }) => r.findings.map((f) => f.status)));
    expect([...statuses]).toEqual(["fail"]);
  });

  it("colours statuses only on a terminal", async () => {
    let out = "";
    await main(["check", "--exit-zero"], { out: (t) => void (out += t), err: () => {}, outIsTerminal: true, errIsTerminal: false });
    expect(out).toContain("\x1b[31m未达标");
    expect((await run("check", "--exit-zero")).out).not.toContain("\x1b[");
  });

  it("--help prints the usage", async () => {
    expect((await run("--help")).out).toMatch(/^用法：community-standards check/);
    expect((await run("--help", "--lang", "en")).out).toMatch(/^Usage: community-standards check/);
  });
});

describe("writeFailure", () => {
  it.each([
    [{ code: "ENOSPC", message: "ENOSPC: no space left on device, write" }, "zh", "磁盘已满（ENOSPC: no space left on device, write）"],
    [{ code: "EACCES", message: "EACCES: permission denied, open '/r/x.csv'" }, "zh", "没有写入权限（EACCES: permission denied, open '/r/x.csv'）"],
    [{ code: "EROFS", message: "EROFS: read-only file system, open '/mnt/x.csv'" }, "zh", "磁盘只读（EROFS: read-only file system, open '/mnt/x.csv'）"],
    [{ code: "EIO", message: "EIO: i/o error, write" }, "zh", "EIO: i/o error, write"],
    [{ message: "stream destroyed" }, "zh", "stream destroyed"],
    [{ code: "ENOSPC", message: "ENOSPC: no space left on device, write" }, "en", "ENOSPC: no space left on device, write"],
  ] as const)("%j in %s reads %s", (error, lang, expected) => {
    expect(writeFailure(error, lang)).toBe(expected);
  });
});
