import { describe, expect, it } from "vitest";
import { isHeaderRow } from "../../src/flat/rowToSubject";
import { sheetRows } from "../../src/read/sheetRows";
import { HEADER_SEARCH_ROWS, type Item, type Problem, type TableRow, tableItems } from "../../src/read/tableItems";

const rowsOf = (table: unknown[][]): TableRow[] => table.map((cells, i) => ({ row: i + 1, cells }));
async function* stream(rows: TableRow[]): AsyncGenerator<TableRow> {
  yield* rows;
}
async function itemsOf(table: unknown[][], unknownColumns?: "ignore" | "refuse"): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of tableItems("f.csv", stream(rowsOf(table)), undefined, unknownColumns && { unknownColumns })) items.push(item);
  return items;
}
const ids = (items: Item[]) => items.flatMap((i) => ("subject" in i ? [i.subject.id] : []));
const notes = (items: Item[]) => items.flatMap((i) => ("notes" in i ? i.notes.map((n) => n.message.zh) : []));
const problems = (items: Item[]) => items.flatMap((i) => ("problems" in i ? i.problems.map((p) => `${p.row}:${p.column}: ${p.message.zh}`) : []));

describe("a header of many unknown columns", () => {
  it("names the first 30 in its note, with a suggestion where one is near, and counts the rest", async () => {
    const unknown = ["polulation", ...Array.from({ length: 19_999 }, (_, i) => `col${i}`)];
    const items = await itemsOf([["编号", ...unknown], ["c1"]], "ignore");
    const [note] = notes(items);
    expect(note).toMatch(/^忽略了 20000 个不认识的列：polulation（是否应为「population」？）、col0、col1、/);
    expect(note).toMatch(/col28等（另有 19970 列未列出）$/);
    expect(ids(items)).toEqual(["c1"]);
  });

  it("refuses them, when asked to, with a suggestion for the first hundred only", async () => {
    const unknown = Array.from({ length: 150 }, () => "polulation");
    const found = problems(await itemsOf([["编号", ...unknown], ["c1"]], "refuse"));
    expect(found.filter((p) => p.includes("是否应为「population」")).length).toBe(100);
  });
});

describe("the header, where it is", () => {
  it("is the first row naming known columns, below a title and a blank row, which are skipped with a note", async () => {
    const items = await itemsOf([["南湾街道社区建设情况统计表"], [], ["填报单位：南湾街道", "", "2013年1月"], ["编号", "名称", "人口"], ["c1", "沙塘布社区", 100]]);
    expect(ids(items)).toEqual(["c1"]);
    expect(notes(items)).toEqual(["表头在第 4 行；跳过了表头上方的第 1、3 行（标题等）"]);
    expect(problems(items)).toEqual([]);
  });

  it("is the first row when it names known columns: no note", async () => {
    const items = await itemsOf([["编号", "人口"], ["c1", 100]]);
    expect(notes(items)).toEqual([]);
    expect(ids(items)).toEqual(["c1"]);
  });

  it.each([
    [["编号"], true],
    [["编号", "人口"], true],
    [["编号", "人口", "备注"], true],
    [["编号", "备注"], false],
    [["南湾街道社区建设情况统计表"], false],
    [["", "", ""], false],
  ])("a row %j is a header: %s", (header, expected) => expect(isHeaderRow(header)).toBe(expected));

  it("takes a row naming one known column beside others when no row names more (a two-column table)", async () => {
    const items = await itemsOf([["编号", "备注"], ["c1", "已核"]]);
    expect(ids(items)).toEqual(["c1"]);
    expect(notes(items)).toEqual(["忽略了 1 个不认识的列：备注"]);
  });

  it(`is looked for in the first ${HEADER_SEARCH_ROWS} non-blank rows; without one, the first row is taken and said to be no header`, async () => {
    const titles = Array.from({ length: HEADER_SEARCH_ROWS + 5 }, (_, i) => [`第${i + 1}行说明`]);
    const items = await itemsOf([...titles, ["编号", "人口"], ["c1", 1]]);
    expect(ids(items)).toEqual([]);
    expect(problems(items)).toEqual([`1:: 找不到表头：前 ${HEADER_SEARCH_ROWS} 行中没有一行含填报模板的列名（如 编号、名称、人口）。请把模板的中文列名写在表头行`]);
  });

  it(`finds a header on row ${HEADER_SEARCH_ROWS}, one step inside the search`, async () => {
    const titles = Array.from({ length: HEADER_SEARCH_ROWS - 1 }, (_, i) => [`说明${i + 1}`]);
    const items = await itemsOf([...titles, ["编号", "人口"], ["c1", 1]]);
    expect(ids(items)).toEqual(["c1"]);
  });

  it("ignores unknown columns with one note (序号, 备注 without a guess), or refuses them when asked", async () => {
    const table = [["序号", "编号", "社区名称", "人口", "备注"], [1, "c1", "沙塘布", 100, "—"]];
    const ignored = await itemsOf(table);
    expect(ids(ignored)).toEqual(["c1"]);
    expect(notes(ignored)).toEqual(["忽略了 3 个不认识的列：序号、社区名称（是否应为「名称」？）、备注"]);
    const refused = await itemsOf(table, "refuse");
    expect(ids(refused)).toEqual([]);
    expect(problems(refused)).toContain("1:序号: 未知的列（列名见填报模板）");
  });
});

describe("totals rows", () => {
  it.each([["合计"], ["总计"], ["小计"], ["合 计"], ["合计："]])("a row whose 编号 or 名称 is %s is left out with a note", async (word) => {
    const items = await itemsOf([["编号", "名称", "人口"], ["c1", "甲", 100], ["", word, 200], [word, "", 300], ["c2", "乙", 100]]);
    expect(ids(items)).toEqual(["c1", "c2"]);
    expect(notes(items)).toEqual(["第 3、4 行是合计行，未作为主体核查"]);
    expect(problems(items)).toEqual([]);
  });

  it("a community named 合计社区 is a community", async () => {
    expect(ids(await itemsOf([["编号", "名称"], ["c1", "合计社区"]]))).toEqual(["c1"]);
  });
});

describe("the worksheet to read", () => {
  const sheet = (name: string, table: unknown[][]) => ({ name, rows: stream(rowsOf(table)) });
  async function* sheetsOf(...list: ReturnType<typeof sheet>[]) {
    yield* list;
  }
  const read = async (asked: string | undefined, ...list: ReturnType<typeof sheet>[]) => {
    const found: Problem[] = [];
    const names: string[] = [];
    const rows: TableRow[] = [];
    for await (const row of sheetRows("f.xlsx", sheetsOf(...list), asked, found, names)) rows.push(row);
    return { rows: rows.map((r) => r.cells[0]), notes: found.map((n) => n.message.zh), names };
  };

  it("skips a cover sheet without a header, naming it and the sheet used", async () => {
    const result = await read(undefined, sheet("封面", [["南湾街道社区建设情况"], ["2013年"]]), sheet("数据", [["编号", "人口"], ["c1", 1]]), sheet("后面", [["编号"]]));
    expect(result.rows).toEqual(["编号", "c1"]);
    expect(result.notes).toEqual(["读取工作表「数据」；跳过了没有表头的工作表「封面」"]);
    expect(result.names).toEqual(["封面", "数据"]);
  });

  it("reads the first sheet without a note when it has the header", async () => {
    const result = await read(undefined, sheet("数据", [["标题"], ["编号", "人口"], ["c1", 1]]), sheet("封面", [["x"]]));
    expect(result.rows).toEqual(["标题", "编号", "c1"]);
    expect(result.notes).toEqual([]);
  });

  it("reads the sheet asked for, whatever it holds", async () => {
    const result = await read("封面", sheet("数据", [["编号"], ["c1"]]), sheet("封面", [["说明"]]));
    expect(result.rows).toEqual(["说明"]);
    expect(result.notes).toEqual([]);
  });

  it("gives the first sheet's rows when no sheet has a header, for the table reader to say so", async () => {
    const result = await read(undefined, sheet("一", [["甲"]]), sheet("二", [["乙"]]));
    expect(result.rows).toEqual(["甲"]);
  });
});
