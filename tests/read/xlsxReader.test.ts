import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { excelSerialDay, isDateFormat } from "../../src/read/xlsx/excelDate";
import { readWorkbook } from "../../src/read/xlsx/readWorkbook";
import { XmlParser } from "../../src/read/xlsx/xmlParser";
import type { ByteSource } from "../../src/read/xlsx/zip";
import type { Item, TableRow } from "../../src/read/tableItems";
import { xlsxItems } from "../../src/read/xlsxItems";

// Workbooks written part by part, as ECMA-376 allows and as Excel, WPS and other tools write them:
// the reader must follow the standard, not one writer's habits.
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface SheetSpec {
  name: string;
  /** The worksheet part's file: sheet1.xml unless given. */
  file?: string;
  state?: "hidden" | "veryHidden";
  /** The <sheetData> rows, and anything after it (mergeCells). */
  data: string;
  after?: string;
}

async function workbook(sheets: SheetSpec[], options: { strings?: string[]; styles?: string; date1904?: boolean; compression?: "DEFLATE" | "STORE" } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/${s.file ?? `sheet${i + 1}.xml`}"/>`);
  if (options.strings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (options.styles) rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}>${options.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`);
  sheets.forEach((s, i) => zip.file(`xl/worksheets/${s.file ?? `sheet${i + 1}.xml`}`, `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.data}</sheetData>${s.after ?? ""}</worksheet>`));
  if (options.strings) zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}>${options.strings.join("")}</sst>`);
  if (options.styles) zip.file("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}>${options.styles}</styleSheet>`);
  return zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

const sourceOf = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) });

async function rowsOf(bytes: Uint8Array, sheet = 0): Promise<TableRow[]> {
  const sheets = await readWorkbook(sourceOf(bytes));
  const rows: TableRow[] = [];
  for await (const row of sheets[sheet]!.rows()) rows.push({ row: row.row, cells: [...row.cells] });
  return rows;
}

async function itemsOf(bytes: Uint8Array, sheet?: string): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of xlsxItems("社区.xlsx", sourceOf(bytes), sheet)) items.push(item);
  return items;
}

const cell = (ref: string, value: string, attributes = "") => `<c r="${ref}"${attributes}>${value}</c>`;
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>户数</t></is></c><c r="C1" t="inlineStr"><is><t>所属地区</t></is></c></row>';
const community = (r: number, id: string, households: string, place = "临沂") => `<row r="${r}">${cell(`A${r}`, `<is><t>${id}</t></is>`, ' t="inlineStr"')}${households}${cell(`C${r}`, `<is><t>${place}</t></is>`, ' t="inlineStr"')}</row>`;
const subjects = (items: Item[]) => items.flatMap((item) => ("subject" in item ? [item.subject] : []));
const problems = (items: Item[]) => items.flatMap((item) => ("problems" in item ? item.problems : "flaws" in item && item.flaws ? item.flaws : []));
const notes = (items: Item[]) => items.flatMap((item) => ("notes" in item ? item.notes.map((n) => n.message.zh) : []));

describe("the worksheet a clerk sees first", () => {
  it("is the first tab, whatever the order of the parts in the zip", async () => {
    const bytes = await workbook([
      { name: "数据", file: "sheet2.xml", data: `${header}${community(2, "tab1", cell("B2", "<v>2000</v>"))}` },
      { name: "旧表", file: "sheet1.xml", data: `${header}${community(2, "old", cell("B2", "<v>2000</v>"))}` },
    ]);
    expect(subjects(await itemsOf(bytes)).map((s) => s.id)).toEqual(["tab1"]);
  });

  it("skips a hidden first sheet, saying so, and reads it when named", async () => {
    const bytes = await workbook([
      { name: "底稿", state: "hidden", data: `${header}${community(2, "hidden", cell("B2", "<v>2000</v>"))}` },
      { name: "数据", data: `${header}${community(2, "shown", cell("B2", "<v>2000</v>"))}` },
    ]);
    const items = await itemsOf(bytes);
    expect(subjects(items).map((s) => s.id)).toEqual(["shown"]);
    expect(notes(items)).toEqual(["读取工作表「数据」；跳过了隐藏的工作表「底稿」（要检查它，请用 --sheet 指定）"]);
    expect(subjects(await itemsOf(bytes, "底稿")).map((s) => s.id)).toEqual(["hidden"]);
  });
});

describe("cells in the standard's forms", () => {
  it.each([
    ["a number", cell("A1", "<v>12500</v>"), 12500],
    ["a number with an exponent", cell("A1", "<v>1.25E4</v>"), 12500],
    ["a shared string", cell("A1", "<v>0</v>", ' t="s"'), "沙塘布社区"],
    ["a shared string of rich text runs, without its phonetic guide", cell("A1", "<v>1</v>", ' t="s"'), "沙塘布"],
    ["an inline string", cell("A1", "<is><t>龙岗</t></is>", ' t="inlineStr"'), "龙岗"],
    ["an inline string of runs", cell("A1", "<is><r><t>龙</t></r><r><rPr><b/></rPr><t>岗</t></r></is>", ' t="inlineStr"'), "龙岗"],
    ["a formula's cached text", cell("A1", "<f>A2&amp;\"\"</f><v>1200</v>", ' t="str"'), "1200"],
    ["a formula's cached number", cell("A1", "<f>SUM(B1:B2)</f><v>45</v>"), 45],
    ["a formula's cached error", cell("A1", "<f>1/0</f><v>#DIV/0!</v>", ' t="e"'), "#DIV/0!"],
    ["an error typed in", cell("A1", "<v>#N/A</v>", ' t="e"'), "#N/A"],
    ["a boolean", cell("A1", "<v>1</v>", ' t="b"'), true],
    ["an ISO date (t=\"d\")", cell("A1", "<v>2010-12-31T00:00:00Z</v>", ' t="d"'), "2010-12-31"],
    ["a date serial in a date format", cell("A1", "<v>40543</v>", ' s="1"'), "2010-12-31"],
    ["a date serial in a Chinese date format", cell("A1", "<v>40543</v>", ' s="2"'), "2010-12-31"],
    ["a number in a number format", cell("A1", "<v>40543</v>", ' s="3"'), 40543],
    ["entities and character references", cell("A1", "<is><t>A&amp;B &lt;1&gt; &#x6C99;&#22616;</t></is>", ' t="inlineStr"'), "A&B <1> 沙塘"],
    ["CDATA", cell("A1", "<is><t><![CDATA[<龙岗>]]></t></is>", ' t="inlineStr"'), "<龙岗>"],
    ["a prefixed element (x:c)", '<x:c r="A1" t="inlineStr" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:is><x:t>龙岗</x:t></x:is></x:c>', "龙岗"],
  ])("reads %s", async (_, xml, value) => {
    const styles = '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="4"/></cellXfs>';
    const strings = ["<si><t>沙塘布社区</t></si>", '<si><r><t>沙塘</t></r><r><t>布</t></r><rPh sb="0" eb="2"><t>シャトウ</t></rPh><phoneticPr fontId="1"/></si>'];
    const rows = await rowsOf(await workbook([{ name: "数据", data: `<row r="1">${xml}</row>` }], { strings, styles }));
    expect(rows).toEqual([{ row: 1, cells: [value] }]);
  });

  it("reads rows and cells without their optional references, in order", async () => {
    const rows = await rowsOf(await workbook([{ name: "数据", data: "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>" }]));
    expect(rows).toEqual([{ row: 1, cells: [1, 2] }, { row: 2, cells: [3] }]);
  });

  it("reads a stored (uncompressed) workbook as a deflated one", async () => {
    const data = `${header}${community(2, "l1", cell("B2", "<v>2000</v>"))}`;
    expect(await rowsOf(await workbook([{ name: "数据", data }], { compression: "STORE" }))).toEqual(await rowsOf(await workbook([{ name: "数据", data }])));
  });

  it("reports a formula's cached error as a problem of its row and column, as a typed one", async () => {
    const items = await itemsOf(await workbook([{ name: "数据", data: `${header}${community(2, "l1", cell("B2", "<f>1/0</f><v>#DIV/0!</v>", ' t="e"'))}` }]));
    expect(problems(items)).toEqual([expect.objectContaining({ row: 2, column: "households", label: "户数", message: expect.objectContaining({ zh: "单元格是错误值 #DIV/0!（公式出错）：请改正公式，或直接填写数据" }) })]);
  });
});

describe("dates as Excel and WPS show them", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [60, false, "1900-02-29"],
    [61, false, "1900-03-01"],
    [40543, false, "2010-12-31"],
    [40543.75, false, "2010-12-31"],
    [2958465, false, "9999-12-31"],
    [0, false, undefined],
    [-1, false, undefined],
    [2958466, false, undefined],
    [0, true, "1904-01-01"],
    [39081, true, "2010-12-31"],
  ])("serial %s (1904 system: %s) is %s", (serial, date1904, day) => {
    expect(excelSerialDay(serial, date1904)).toBe(day);
  });

  it("reads a date cell of a 1904 workbook four years and a day later than the same serial in 1900", async () => {
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const data = `<row r="1">${cell("A1", "<v>39081</v>", ' s="1"')}</row>`;
    expect((await rowsOf(await workbook([{ name: "数据", data }], { styles, date1904: true })))[0]!.cells).toEqual(["2010-12-31"]);
    expect((await rowsOf(await workbook([{ name: "数据", data }], { styles })))[0]!.cells).toEqual(["2006-12-30"]);
  });

  it.each([
    [14, undefined, true],
    [31, undefined, true],
    [2, undefined, false],
    [20, undefined, false],
    [176, 'yyyy"年"m"月"d"日"', true],
    [177, "[$-F800]dddd, mmmm dd, yyyy", true],
    [178, "mmm-yy", true],
    [179, "h:mm:ss", false],
    [180, "General", false],
    [181, "0.00E+00", false],
    [182, '#,##0"元"', false],
    [183, '[Red]0.0;"d"', false],
  ])("number format %s %s is a date: %s", (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date);
  });
});

describe("merged cells", () => {
  it("gives a merged 所属地区 to every row it covers, and a merged title row to its cells", async () => {
    const data = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>南湾街道社区建设情况统计表</t></is></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>编号</t></is></c><c r="B2" t="inlineStr"><is><t>户数</t></is></c><c r="C2" t="inlineStr"><is><t>所属地区</t></is></c></row>',
      community(3, "c1", cell("B3", "<v>2000</v>"), "临沂"),
      `<row r="4">${cell("A4", "<is><t>c2</t></is>", ' t="inlineStr"')}${cell("B4", "<v>2100</v>")}</row>`,
      `<row r="5">${cell("A5", "<is><t>c3</t></is>", ' t="inlineStr"')}${cell("B5", "<v>2200</v>")}</row>`,
    ].join("");
    const bytes = await workbook([{ name: "数据", data, after: '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="C3:C5"/></mergeCells>' }]);
    const rows = await rowsOf(bytes);
    expect(rows.map((r) => r.cells)).toEqual([
      ["南湾街道社区建设情况统计表", "南湾街道社区建设情况统计表", "南湾街道社区建设情况统计表"],
      ["编号", "户数", "所属地区"],
      ["c1", 2000, "临沂"],
      ["c2", 2100, "临沂"],
      ["c3", 2200, "临沂"],
    ]);
    expect(subjects(await itemsOf(bytes)).map((s) => [s.id, s.jurisdiction])).toEqual([["c1", "linyi"], ["c2", "linyi"], ["c3", "linyi"]]);
  });

  it("gives a merge's value to rows absent from the XML within it", async () => {
    const data = `<row r="1">${cell("A1", "<v>7</v>")}</row><row r="4">${cell("B4", "<v>1</v>")}</row>`;
    const rows = await rowsOf(await workbook([{ name: "数据", data, after: '<mergeCells><mergeCell ref="A1:A3"/></mergeCells>' }]));
    expect(rows).toEqual([{ row: 1, cells: [7] }, { row: 2, cells: [7] }, { row: 3, cells: [7] }, { row: 4, cells: [undefined, 1] }]);
  });
});

describe("hostile workbooks stop with a limit or damage, never a crash", () => {
  const failure = async (bytes: Uint8Array) => problems(await itemsOf(bytes)).map((p) => p.message.zh);

  it("a cell of 100 MB of white space inflating from a few kilobytes", async () => {
    const started = Date.now();
    const bytes = await workbook([{ name: "数据", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>${" ".repeat(100 * 1024 * 1024)}</t></is></c></row>` }]);
    expect(bytes.length).toBeLessThan(300_000);
    expect(await failure(bytes)).toEqual([expect.stringMatching(/^无法读取 \.xlsx 文件：工作表的 XML 中有一段文字或标记过长，超出了读取上限/)]);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("a shared string longer than Excel's 32,767 characters", async () => {
    const bytes = await workbook([{ name: "数据", data: `<row r="1">${cell("A1", "<v>0</v>", ' t="s"')}</row>` }], { strings: [`<si><t>${"龙".repeat(40_000)}</t></si>`] });
    expect(await failure(bytes)).toEqual([expect.stringMatching(/超过 Excel 的上限 32767 个字符/)]);
  });

  it("a column past XFD, and a row past 1,048,576", async () => {
    expect(await failure(await workbook([{ name: "数据", data: `<row r="1">${cell("XFE1", "<v>1</v>")}</row>` }]))).toEqual([expect.stringMatching(/16384 列/)]);
    expect(await failure(await workbook([{ name: "数据", data: `<row r="1048577">${cell("A1048577", "<v>1</v>")}</row>` }]))).toEqual([expect.stringMatching(/1048576 行/)]);
  });

  it("a DOCTYPE declaring entities (XXE, a billion laughs) is damage, never expanded", async () => {
    const bytes = await workbook([{ name: "数据", data: "" }]);
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;&e;</t></is></c></row></sheetData></worksheet>');
    expect(await failure(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }))).toEqual([expect.stringMatching(/工作表的内容（XML）有误/)]);
  });

  it("an attribute named __proto__ is an attribute like any other", () => {
    const seen: Record<string, string>[] = [];
    const parser = new XmlParser({ open: (_, attributes) => void seen.push({ ...attributes }), close: () => undefined, text: () => undefined });
    parser.write('<c __proto__="x" r="A1"/>');
    parser.end();
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
    expect(seen[0]!.r).toBe("A1");
  });

  it("a workbook cut short, and one with no workbook part", async () => {
    const bytes = await workbook([{ name: "数据", data: header }]);
    expect(await failure(bytes.subarray(0, bytes.length - 30))).toEqual([expect.stringMatching(/^无法读取 \.xlsx 文件：文件不完整/)]);
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    expect(await failure(await zip.generateAsync({ type: "uint8array" }))).toEqual([expect.stringMatching(/这不是 Excel 工作簿/)]);
  });
});
