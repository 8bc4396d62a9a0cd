import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHEET_FUNCTIONS } from "../../src/sheets/table";

// The built Apps Script functions as real formulas in a spreadsheet engine (HyperFormula, GPL-3.0,
// a dev dependency only). Each plugin method evaluates its arguments, hands ranges over as rows of
// plain values, and spills array results.
const sheetFunctions = createContext({});
runInContext(readFileSync(new URL("../../dist/sheets/apps-script/Code.js", import.meta.url), "utf8"), sheetFunctions);

type Ast = { args: unknown[] };
const plain = (value: unknown): unknown => {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(plain));
  if (typeof value === "symbol" || value === undefined) return ""; // HyperFormula's EmptyValue
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val; // rich numbers
  return value;
};

/** How big a result spills: a status column per row for CHECK_COMMUNITY, three per cell for FUNDING_SPLIT, else the first argument's shape. */
const SPILL: Record<string, (sizes: ArraySize[]) => ArraySize> = {
  CHECK_COMMUNITY: (s) => new ArraySize(1, s[1]!.height),
  FUNDING_SPLIT: (s) => new ArraySize(3 * s[0]!.width, s[0]!.height),
};

class CommunityStandardsPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    SHEET_FUNCTIONS.filter((f) => f.name !== "CHECK_COMMUNITY_DETAIL").map((f) => [
      f.name,
      {
        method: "call",
        sizeOfResultArrayMethod: "size",
        parameters: f.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional && { optionalArg: true }) })),
      },
    ]),
  );

  call(ast: Ast & { procedureName: string }, state: never) {
    const args = ast.args.map((arg) => plain(this.evaluateAst(arg as never, state)));
    const fn = runInContext(ast.procedureName, sheetFunctions) as (...a: unknown[]) => unknown;
    const result = fn(...args);
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as never) : (result as never);
  }

  size(ast: Ast & { procedureName: string }, state: never) {
    const sizes = ast.args.map((arg) => this.arraySizeForAst(arg as never, state));
    const spill = SPILL[ast.procedureName];
    if (spill) return spill(sizes);
    const range = sizes.find((s) => !s.isScalar());
    return range ? new ArraySize(range.width, range.height) : ArraySize.scalar();
  }
}

const translations = { enGB: Object.fromEntries(Object.keys(CommunityStandardsPlugin.implementedFunctions).map((n) => [n, n])) };
let hf: HyperFormula;

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(CommunityStandardsPlugin, translations);
});
afterAll(() => {
  hf?.destroy();
  HyperFormula.unregisterFunctionPlugin(CommunityStandardsPlugin);
});

const value = (sheet: number, col: number, row: number) => hf.getCellValue({ sheet, col, row });

describe("the spreadsheet functions as HyperFormula formulas", () => {
  it.each([
    ["=SERVICE_SPACE_REQUIRED(45000)", 150],
    ["=SERVICE_SPACE_REQUIRED(1000)", 3.34],
    ["=IN_LIEU_PAYMENT(45000, 120, 8650.5)", 259515],
    ["=PURCHASE_PRICE(4.3)", 4.52],
    ["=REQUIRED_COUNT(2001, 15, 100)", 301],
    ["=STREET_SERVICE_CENTER_AREA(45678)", 456.78],
    ["=SUM(FUNDING_SPLIT(100))", 100],
  ])("%s = %s", (formula, expected) => {
    hf = HyperFormula.buildFromArray([[formula]], { licenseKey: "gpl-v3" });
    expect(value(0, 0, 0)).toBe(expected);
    hf.destroy();
  });

  it("spills FUNDING_SPLIT across three cells", () => {
    hf = HyperFormula.buildFromArray([["=FUNDING_SPLIT(100)"]], { licenseKey: "gpl-v3" });
    expect([value(0, 0, 0), value(0, 1, 0), value(0, 2, 0)]).toEqual([33.34, 33.33, 33.33]);
    hf.destroy();
  });

  it("spills CHECK_COMMUNITY down a column, and COUNTIF counts over it", () => {
    hf = HyperFormula.buildFromSheets(
      {
        Data: [
          ["id", "jurisdiction", "households", "serviceStation", "partyOrganization.form", "residentsCommittee.directorIsPartySecretary", "committeeElected", "workersCertified"],
          ["l1", "linyi", 2000, "TRUE", "branch", "TRUE", "TRUE", "TRUE"],
          ["l2", "linyi", 999, "TRUE", "branch", "TRUE", "TRUE", "TRUE"],
          ["", "", "", "", "", "", "", ""],
          ["l4", "linyi", 1500, "是", "general-branch", "是", "是", "是"],
          ["l5", "linyi", "", "TRUE", "branch", "TRUE", "TRUE", "TRUE"],
        ],
        Check: [
          ['=CHECK_COMMUNITY(Data!A1:H1, Data!A2:H6, "2002-06-30")', '=COUNTIF(A1:A5, "达标")', '=COUNTIF(A1:A5, "未达标*")'],
          [null, null, null],
          [null, null, null],
          [null, null, null],
          [null, null, null],
          ['=CHECK_COMMUNITY(Data!A1:H1, Data!A2:H6, "2002-06-30", "", "en")', '=COUNTIF(A6:A10, "PASS")', '=COUNTIF(A6:A10, "FAIL*")'],
        ],
      },
      { licenseKey: "gpl-v3" },
    );
    const check = hf.getSheetId("Check")!;
    expect([0, 1, 2, 3, 4].map((row) => value(check, 0, row))).toEqual([
      "达标",
      "未达标：临沂 二、一 社区规模（户数）",
      "", // the blank row stays blank
      "达标",
      "数据不足：临沂 二、一 社区规模（户数）",
    ]);
    expect(value(check, 1, 0)).toBe(2);
    expect(value(check, 2, 0)).toBe(1);
    expect([5, 6, 7, 8, 9].map((row) => value(check, 0, row))).toEqual([
      "PASS",
      "FAIL: Linyi 二、一 community size (households)",
      "",
      "PASS",
      "DATA: Linyi 二、一 community size (households)",
    ]);
    expect(value(check, 1, 5)).toBe(2);
    expect(value(check, 2, 5)).toBe(1);
    expect(value(check, 2, 0)).toBe(1);
  });
});
