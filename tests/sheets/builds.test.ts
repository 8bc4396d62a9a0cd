import { existsSync, readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import * as acorn from "acorn";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { NAMESPACE } from "../../src/sheets/builds";
import { SHEET_FUNCTIONS } from "../../src/sheets/table";

// `npm test` builds first; these test the files a spreadsheet user installs, each loaded into a
// bare vm context with only the stand-ins its host provides.
const DIST = new URL("../../dist/sheets/", import.meta.url);
const file = (path: string) => new URL(path, DIST).pathname;
const read = (path: string) => readFileSync(file(path), "utf8");
import { GZIP_BUDGET } from "./budget";

type Call = (name: string, args: unknown[]) => unknown;
interface Build {
  name: string;
  call: Call;
}

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function load(path: string, globals: Record<string, unknown> = {}) {
  const context = createContext({ ...globals });
  runInContext(read(path), context, { filename: path });
  return context;
}

const associations = new Map<string, unknown>();
const wpsRegistrations: { namespace: string; name: string; fn: unknown }[] = [];
const builds: Build[] = [];
let appsScript: ReturnType<typeof createContext>;
let wpsMacro: ReturnType<typeof createContext>;

beforeAll(() => {
  if (!existsSync(file("excel/functions.js"))) throw new Error("dist/sheets is missing: run `npm run build` (npm test does)");
  appsScript = load("apps-script/Code.js");
  wpsMacro = load("wps/macro.js");
  load("wps/addin/functions.js", { wps: { AddCustomFunction: (namespace: string, name: string, fn: unknown) => void wpsRegistrations.push({ namespace, name, fn }) } });
  load("excel/functions.js", {
    CustomFunctions: { associate: (id: string, fn: unknown) => void associations.set(id, fn), Error: StandInError, ErrorCode: { invalidValue: "#VALUE!" } },
  });
  const top = (context: object) => (name: string, args: unknown[]) => (runInContext(name, context) as (...a: unknown[]) => unknown)(...args);
  builds.push(
    { name: "Apps Script", call: top(appsScript) },
    { name: "WPS macro", call: top(wpsMacro) },
    { name: "WPS macro, Chinese names", call: (name, args) => top(wpsMacro)(SHEET_FUNCTIONS.find((f) => f.name === name)!.zhName, args) },
    { name: "WPS add-in", call: (name, args) => (wpsRegistrations.find((r) => r.name === name)!.fn as (...a: unknown[]) => unknown)(...args) },
    { name: "Excel", call: (name, args) => (associations.get(name) as (...a: unknown[]) => unknown)(...excelArgs(name, args)) },
  );
});

// Excel passes every range parameter (dimensionality matrix) as rows, a single value included.
function excelArgs(name: string, args: unknown[]): unknown[] {
  const params = SHEET_FUNCTIONS.find((f) => f.name === name)!.params;
  return args.map((arg, i) => (params[i]?.dimensionality === "range" && !Array.isArray(arg) ? [[arg]] : arg));
}

/** An answer as rows of cells, errors as `{ error }`, whatever the host's way of saying it. */
function answer(call: () => unknown): unknown {
  const cell = (value: unknown): unknown => {
    if (value instanceof Object && "code" in value && value.constructor.name === "StandInError") return { error: (value as StandInError).message };
    if (typeof value === "string" && value.startsWith("#VALUE! ")) return { error: value.slice(8) };
    return value;
  };
  try {
    const result = call();
    return (Array.isArray(result) && result.every(Array.isArray) ? result : [[result]]).map((row: unknown[]) => row.map(cell));
  } catch (error) {
    // An Error from another vm context is not `instanceof Error` here.
    const message = error !== null && typeof error === "object" && "message" in error ? String(error.message) : String(error);
    return [[{ error: message }]];
  }
}
const error = (pattern: RegExp) => ({ error: expect.stringMatching(pattern) });

const HEADER = [["id", "jurisdiction", "area.police"]];
const ZH_HEADER = [["编号", "所属地区", "警务室面积"]];
const ROWS = [["c1", "longgang", 45], ["", "", ""], ["c3", "longgang", "x"]];
const CHECKED = [["未达标：龙岗（2005） 第三十二条 社区警务室面积"], [""], [error(/警务室面积: 应为数字/)]];
const CHECKED_EN = [["FAIL: Longgang 2005 第三十二条 community police office area"], [""], [error(/警务室面积: 应为数字/)]];

// One table for every build: [function, arguments, the answer as rows of cells].
const CASES: [string, unknown[], unknown][] = [
  ["SERVICE_SPACE_REQUIRED", [45000], [[150]]],
  ["SERVICE_SPACE_REQUIRED", [1000], [[3.34]]],
  // Figures as offices type them, read as the flat format reads them: 12,000, 4.5万, 45000平方米, full-width digits.
  ["SERVICE_SPACE_REQUIRED", [[[45000], [""], [-1], ["12,000"], ["4.5万"], ["45000平方米"], ["４５０００"]]], [[150], [""], [error(/^建筑面积: 应为不小于 0 的数，收到 -1$/)], [40], [150], [150], [150]]],
  ["SERVICE_SPACE_REQUIRED", ["45000元"], [[error(/^建筑面积: 单位「元」与本列不符（本列单位为平方米）/)]]],
  ["SERVICE_SPACE_REQUIRED", [1e16], [[error(/^建筑面积: 整数最多 15 位、小数最多 10 位/)]]],
  ["SERVICE_SPACE_REQUIRED", [""], [[""]]],
  ["SERVICE_SPACE_REQUIRED", ["abc"], [[error(/^建筑面积: 应为数字（如 1200 或 1,200.5），收到 "abc"$/)]]],
  ["IN_LIEU_PAYMENT", [45000, 120, 8650.5], [[259515]]],
  ["IN_LIEU_PAYMENT", [30000, 100, 8650.5], [[0]]],
  ["PURCHASE_PRICE", [4.3], [[4.52]]],
  ["PURCHASE_PRICE", ["10.1"], [[10.61]]],
  ["FUNDING_SPLIT", [100], [[33.34, 33.33, 33.33]]],
  ["FUNDING_SPLIT", [[[100], [""], ["x"], [600000]]], [[33.34, 33.33, 33.33], ["", "", ""], [error(/^经费总额: 应为数字/), "", ""], [200000, 200000, 200000]]],
  ["FUNDING_SPLIT", [[["100.01"], ["100.001"], [0.001], ["1万元"]]], [[33.34, 33.34, 33.33], [error(/^经费总额: 应精确到分（最多 2 位小数），收到 "100.001"$/), "", ""], [error(/^经费总额: 应精确到分（最多 2 位小数），收到 0.001$/), "", ""], [3333.34, 3333.33, 3333.33]]],
  ["REQUIRED_COUNT", [[[2001], [2001], [2001]], [[15], [15], [15]], [[100], [0], ["0.00"]]], [[301], [error(/^分母: 应大于 0，收到 0$/)], [error(/^分母: 应大于 0，收到 "0.00"$/)]]],
  // 15 nines times 15 nines: within the figures' limits, but the count is past 2^53.
  ["REQUIRED_COUNT", [999999999999999, 999999999999999, 1], [[error(/^应有数量过大，超过 9007199254740991，无法精确给出$/)]]],
  ["PURCHASE_PRICE", [-1], [[error(/^建造成本: 应为不小于 0 的数，收到 -1$/)]]],
  ["IN_LIEU_PAYMENT", [45000, 120, "8650.5元/平方米"], [[259515]]],
  ["REQUIRED_COUNT", [2001, 15, 100], [[301]]],
  ["REQUIRED_COUNT", [[[2001], [2000]], 15, 100], [[301], [300]]],
  ["STREET_SERVICE_CENTER_AREA", [45678], [[456.78]]],
  ["CHECK_COMMUNITY", [HEADER, ROWS, 40544], CHECKED],
  ["CHECK_COMMUNITY", [ZH_HEADER, ROWS, "2011-01-01"], CHECKED],
  ["CHECK_COMMUNITY", [HEADER, ROWS, "2011-01-01", "longgang-2005"], CHECKED],
  ["CHECK_COMMUNITY", [HEADER, ROWS, 40544, "", "en"], CHECKED_EN],
  ["CHECK_COMMUNITY", [HEADER, ROWS, 40544, "", "中文"], CHECKED],
  ["CHECK_COMMUNITY", [HEADER, [["c1", "longgang", 50]], 40544], [[expect.stringMatching(/^数据不足：龙岗（2005） 第[一二三四五六七八九十]+条 [^a-z]+；/)]]],
  ["CHECK_COMMUNITY", [HEADER, [["c1", "longgang", 50]], 40544, "", "EN"], [[expect.stringMatching(/^DATA: Longgang 2005 第[一二三四五六七八九十]+条 [a-z]/)]]],
  ["CHECK_COMMUNITY", [HEADER, ROWS, "2011-02-30"], [[error(/^评估日（asOf）: 应为日期/)]]],
  ["CHECK_COMMUNITY", [HEADER, ROWS, 40544, "", "fr"], [[error(/^语言（lang）: 应为 zh 或 en/)]]],
  ["CHECK_COMMUNITY_DETAIL", [HEADER, [["c1", "longgang", 45]], 40544, "longgang-2005"], expect.arrayContaining([["c1", "longgang-2005/facility-area/police", "未达标", "45", "≥ 50.00", "5.00", "2010-12-31", "第三十二条", expect.stringMatching(/^社区警务室面积：未达标/)]])],
  ["CHECK_COMMUNITY_DETAIL", [HEADER, [["c1", "longgang", 45]], 40544, "longgang-2005", "en"], expect.arrayContaining([["c1", "longgang-2005/facility-area/police", "fail", "45", "≥ 50.00", "5.00", "2010-12-31", "第三十二条", expect.stringMatching(/: not met; measured 45 m²; required at least 50.00 m²; short by 5.00 m²; due 2010-12-31\.$/)]])],
];

describe.each(["Apps Script", "WPS macro", "WPS macro, Chinese names", "WPS add-in", "Excel"])("the %s build", (buildName) => {
  it.each(CASES)("answers %s(%j)", (name, args, expected) => {
    const build = builds.find((b) => b.name === buildName)!;
    expect(answer(() => build.call(name, args))).toEqual(expected);
  });
});

describe("WPS", () => {
  it.each([
    ["a one-cell Range", [{ Value2: 45000 }], 150],
    ["a Range of rows", [{ Value2: [[45000], [30000]] }], [[150], [100]]],
    ["a Range of one row", [{ Value2: [45000, 30000] }], [[150, 100]]],
  ])("reads %s through .Value2", (_, args, expected) => {
    expect(runInContext("SERVICE_SPACE_REQUIRED", wpsMacro)(...args)).toEqual(expected);
    expect(runInContext("服务用房面积", wpsMacro)(...args)).toEqual(expected);
  });

  it("answers every bad call in the cell, never with an uncaught exception", () => {
    for (const f of SHEET_FUNCTIONS) {
      for (const args of [[], [{}], [Symbol.for("x")], [{ Value2: [[{}]] }], [null, null, null, null]]) {
        expect(() => runInContext(f.zhName, wpsMacro)(...args)).not.toThrow();
      }
    }
    expect(runInContext("CHECK_COMMUNITY", wpsMacro)(HEADER, ROWS, "2011-02-30")).toMatch(/^#VALUE! 评估日（asOf）: 应为日期/);
  });

  it("keeps the macro and the add-in to ES2015 syntax", () => {
    for (const path of ["wps/macro.js", "wps/addin/functions.js"]) {
      expect(() => acorn.parse(read(path), { ecmaVersion: 2015, sourceType: "script" })).not.toThrow();
      // Nor ES2020's BigInt, which a build turns into calls that parse as ES2015 and fail at run time.
      expect(/\bBigInt\b/.test(read(path)), path).toBe(false);
    }
  });

  it("registers every function under the namespace, as functions.json lists them", () => {
    const json = JSON.parse(read("wps/addin/functions.json")) as { functions: { name: string; parameters: { name: string; type: string }[] }[] };
    expect(wpsRegistrations.map((r) => [r.namespace, r.name])).toEqual(SHEET_FUNCTIONS.map((f) => [NAMESPACE, f.name]));
    expect(json.functions.map((f) => f.name)).toEqual(SHEET_FUNCTIONS.map((f) => f.name));
    for (const f of json.functions) expect(f.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
    expect(json.functions.find((f) => f.name === "CHECK_COMMUNITY")!.parameters.map((p) => p.type)).toEqual(["any[][]", "any[][]", "any?", "any?", "any?"]);
  });

  it("ships a manifest that parses and names the functions file it has", () => {
    const xml = read("wps/addin/manifest.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const manifest = new XMLParser().parse(xml) as { JsPlugin: { Functions: { Uri: string; Namespace: string } } };
    expect(manifest.JsPlugin.Functions).toEqual({ Uri: "/functions.json", Namespace: NAMESPACE });
    expect(existsSync(file(`wps/addin${manifest.JsPlugin.Functions.Uri}`))).toBe(true);
    expect(read("wps/addin/index.html")).toContain('src="./functions.js"');
  });
});

describe("Excel", () => {
  it("throws CustomFunctions.Error (invalidValue) for a bad single value, and puts one in place of a bad cell", () => {
    const fn = associations.get("SERVICE_SPACE_REQUIRED") as (...a: unknown[]) => unknown[][];
    expect(() => fn([["abc"]])).not.toThrow();
    expect(fn([["abc"]])[0]![0]).toBeInstanceOf(StandInError);
    expect(fn([["abc"]])[0]![0]).toMatchObject({ code: "#VALUE!" });
    let thrown: unknown;
    try {
      (associations.get("CHECK_COMMUNITY") as (...a: unknown[]) => unknown)(HEADER, ROWS, "2011-02-30");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StandInError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^评估日（asOf）: 应为日期/) });
  });

  it("associates every function that functions.json lists, under its id", () => {
    const json = JSON.parse(read("excel/functions.json")) as { functions: { id: string; name: string }[] };
    expect([...associations.keys()]).toEqual(json.functions.map((f) => f.id));
    expect(json.functions.map((f) => f.name)).toEqual(SHEET_FUNCTIONS.map((f) => f.name));
  });

  it("names every function in Chinese in functions.zh-CN.json, with the same ids", () => {
    const zh = JSON.parse(read("excel/functions.zh-CN.json")) as { functions: { id: string; name: string; description: string }[] };
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(SHEET_FUNCTIONS.map((f) => [f.name, f.zhName]));
    // Microsoft's rule for names: a letter first, at least three characters, letters, _ and . only.
    for (const f of zh.functions) expect(f.name).toMatch(/^\p{L}[\p{L}_.]{2,}$/u);
  });

  it("has the metadata Microsoft's generator writes from the script's JSDoc", async () => {
    const generated = await generateCustomFunctionsMetadata(file("excel/functions.js"), false);
    expect(generated.errors).toEqual([]);
    expect(JSON.parse(generated.metadataJson)).toEqual(JSON.parse(read("excel/functions.json")));
  }, 60_000);

  it("ships a manifest that parses, uses the custom functions extension point and names files it has", () => {
    const xml = read("excel/manifest.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const host = parsed.OfficeApp.VersionOverrides.Hosts.Host;
    expect(host.AllFormFactors.ExtensionPoint["@_xsi:type"]).toBe("CustomFunctions");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(urls)).toEqual(new Set(["icon-32.png", "icon-64.png", "functions.html", "functions.js", "functions.json", "functions.zh-CN.json"]));
    for (const name of urls) expect(existsSync(file(`excel/${name}`))).toBe(true);
    expect(xml).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>');
    expect(read("excel/functions.html")).toMatch(/custom-functions-runtime\.js[\s\S]*src="functions\.js"/);
  });
});

describe("every build", () => {
  it.each(["apps-script/Code.js", "wps/macro.js", "wps/addin/functions.js", "excel/functions.js"])(`%s stays under ${GZIP_BUDGET / 1024} KB gzip`, (path) => {
    expect(gzipSync(read(path)).length).toBeLessThan(GZIP_BUDGET);
  });

  it("has every function of the table, under both names in the WPS macro", () => {
    for (const f of SHEET_FUNCTIONS) {
      expect(runInContext(`typeof ${f.name}`, appsScript)).toBe("function");
      expect(runInContext(`typeof ${f.name} + typeof ${f.zhName}`, wpsMacro)).toBe("functionfunction");
    }
  });

  it("gives every function a unique Chinese name that is a JavaScript identifier", () => {
    const names = SHEET_FUNCTIONS.map((f) => f.zhName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(() => new Function(`function ${name}() {}`)).not.toThrow();
  });
});
