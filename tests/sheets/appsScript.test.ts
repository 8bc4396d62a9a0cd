import { existsSync, readFileSync } from "node:fs";
import { runInContext, createContext } from "node:vm";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { SHEET_FUNCTIONS } from "../../src/sheets/table";

// `npm test` builds first; these test the file a spreadsheet user pastes into Apps Script.
const DIR = new URL("../../dist/sheets/apps-script/", import.meta.url);
import { GZIP_BUDGET } from "./budget";
let code = "";
let sheet: ReturnType<typeof createContext>;
const run = (source: string) => runInContext(source, sheet);

beforeAll(() => {
  if (!existsSync(new URL("Code.js", DIR))) throw new Error("dist/sheets/apps-script/Code.js is missing: run `npm run build` (npm test does)");
  code = readFileSync(new URL("Code.js", DIR), "utf8");
  // Only the language's built-ins: no require, process, module, timers or URL.
  sheet = createContext({});
  runInContext(code, sheet, { filename: "Code.js" });
});

describe("the Apps Script bundle", () => {
  it("runs in a context without Node's globals", () => {
    expect(run("[typeof require, typeof process, typeof module, typeof setTimeout, typeof URL].join()")).toBe("undefined,undefined,undefined,undefined,undefined");
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name]))("declares %s at the top level with @customfunction", (name) => {
    expect(run(`typeof ${name}`)).toBe("function");
    expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
  });

  it("keeps no module syntax, class fields or private names (Apps Script rejects them)", () => {
    const file = ts.createSourceFile("Code.js", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const offending: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) offending.push("module syntax");
      if (ts.isPropertyDeclaration(node)) offending.push(`class field ${node.name.getText(file)}`);
      if (ts.isPrivateIdentifier(node)) offending.push(`private name ${node.text}`);
      if (ts.isClassStaticBlockDeclaration(node)) offending.push("static block");
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(offending).toEqual([]);
  });

  it(`stays under ${GZIP_BUDGET / 1024} KB gzip`, () => {
    expect(gzipSync(code).length).toBeLessThan(GZIP_BUDGET);
  });

  it("ships appsscript.json for the V8 runtime in Asia/Shanghai", () => {
    expect(JSON.parse(readFileSync(new URL("appsscript.json", DIR), "utf8"))).toMatchObject({ runtimeVersion: "V8", timeZone: "Asia/Shanghai" });
  });

  it.each([
    ["SERVICE_SPACE_REQUIRED(45000)", 150],
    ["PURCHASE_PRICE(4.3)", 4.52],
    ["IN_LIEU_PAYMENT(45000, 120, 8650.5)", 259515],
    ["REQUIRED_COUNT(2001, 15, 100)", 301],
    ["STREET_SERVICE_CENTER_AREA(45678)", 456.78],
    ["JSON.stringify(FUNDING_SPLIT(100))", "[[33.34,33.33,33.33]]"],
    ["JSON.stringify(SERVICE_SPACE_REQUIRED([[30000], [''], [-1]]))", '[[100],[""],["#VALUE! 建筑面积: 应为不小于 0 的数，收到 -1"]]'],
  ])("%s → %j", (formula, expected) => {
    expect(run(formula)).toEqual(expected);
  });

  it("a bad single value throws with the reason", () => {
    expect(() => run("PURCHASE_PRICE('abc')")).toThrow(/^建造成本: 应为数字（如 1200 或 1,200.5），收到 "abc"$/);
  });

  it("checks rows built inside the sheet, with a Date for asOf", () => {
    const result = run(`JSON.stringify(CHECK_COMMUNITY(
      [["id", "jurisdiction", "residentsCommittee.members"]],
      [["c1", "longgang", 4], ["", "", ""], ["c2", "longgang", "x"]],
      new Date(2011, 0, 1), "longgang-2005"))`);
    const cells = JSON.parse(result as string).map((r: string[]) => r[0]);
    expect(cells[0]).toMatch(/^未达标：龙岗（2005） 第十七条 社区居委会成员人数/);
    expect(cells[1]).toBe("");
    expect(cells[2]).toMatch(/^#VALUE! 居委会成员数: 应为/);
  });

  it("gives detail rows", () => {
    const rows = JSON.parse(run(`JSON.stringify(CHECK_COMMUNITY_DETAIL([["id", "jurisdiction", "area.police"]], [["c1", "longgang", 45]], 40544))`) as string);
    expect(rows.find((r: string[]) => r[1] === "longgang-2005/facility-area/police")).toEqual(["c1", "longgang-2005/facility-area/police", "未达标", "45", "≥ 50.00", "5.00", "2010-12-31", "第三十二条", expect.stringMatching(/^社区警务室面积：未达标/)]);
  });
});
