import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRequirement } from "../../src/format/formatRequirement";
import { evaluate } from "../../src/index";
import { measuredWord } from "../../src/labels/measuredWord";
import { STATUS_LABELS } from "../../src/labels/statusLabels";
import { rowToSubject } from "../../src/flat/rowToSubject";
import { asOfArb, flatRowArb } from "../engine/subjects";
import { mapCells } from "../../src/sheets/cells";
import {
  CHECK_COMMUNITY,
  CHECK_COMMUNITY_DETAIL,
  FUNDING_SPLIT,
  IN_LIEU_PAYMENT,
  PURCHASE_PRICE,
  REQUIRED_COUNT,
  SERVICE_SPACE_REQUIRED,
  STREET_SERVICE_CENTER_AREA,
} from "../../src/sheets/functions";

describe("calculator functions", () => {
  it.each([
    ["SERVICE_SPACE_REQUIRED(45000)", () => SERVICE_SPACE_REQUIRED(45000), 150],
    ["SERVICE_SPACE_REQUIRED(1000) rounds up", () => SERVICE_SPACE_REQUIRED(1000), 3.34],
    ["IN_LIEU_PAYMENT(45000, 120, 8650.5)", () => IN_LIEU_PAYMENT(45000, 120, 8650.5), 259515],
    ["IN_LIEU_PAYMENT with enough space", () => IN_LIEU_PAYMENT(30000, 100, 8650.5), 0],
    ["PURCHASE_PRICE(4.3)", () => PURCHASE_PRICE(4.3), 4.52],
    ["REQUIRED_COUNT(2001, 15, 100)", () => REQUIRED_COUNT(2001, 15, 100), 301],
    ["STREET_SERVICE_CENTER_AREA(45678)", () => STREET_SERVICE_CENTER_AREA(45678), 456.78],
    ["text numbers are read exactly", () => PURCHASE_PRICE("10.1"), 10.61],
  ])("%s", (_, call, expected) => {
    expect(call()).toBe(expected);
  });

  it("FUNDING_SPLIT gives one row of three", () => {
    expect(FUNDING_SPLIT(100)).toEqual([[33.34, 33.33, 33.33]]);
    expect(FUNDING_SPLIT([[100], [600000]])).toEqual([
      [33.34, 33.33, 33.33],
      [200000, 200000, 200000],
    ]);
  });

  it("a range gives a range of the same shape; blanks stay blank; a bad cell says why", () => {
    expect(SERVICE_SPACE_REQUIRED([[30000, ""], [-1, 1000]])).toEqual([
      [100, ""],
      ["#VALUE! 建筑面积: 应为不小于 0 的数，收到 -1", 3.34],
    ]);
  });

  it("broadcasts a single value over a range", () => {
    expect(IN_LIEU_PAYMENT([[45000], [30000]], [[120], [100]], 8650.5)).toEqual([[259515], [0]]);
  });

  it("a bad single value throws with its reason", () => {
    expect(() => PURCHASE_PRICE(-5)).toThrow(/^建造成本: 应为不小于 0 的数，收到 -5$/);
    expect(() => PURCHASE_PRICE(true)).toThrow(/^建造成本: 应为数字（如 1200 或 1,200.5），收到 true$/);
    expect(() => PURCHASE_PRICE(new Date(Date.UTC(2012, 0, 1)))).toThrow(/^建造成本: 应为数字（如 1200 或 1,200.5），收到 2012-01-01T00:00:00.000Z$/);
  });

  it("refuses ranges of different shapes", () => {
    expect(() => mapCells([[[1], [2]], [[1], [2], [3]]], (a) => a)).toThrow(/^各区域的行数和列数应相同$/);
  });

  it("uses a one-cell range for every cell, as Excel passes a single value to a range parameter", () => {
    expect(mapCells([[[1], [2]], [[10]]], (a, b) => Number(a) * Number(b))).toEqual([[10], [20]]);
  });

  it("answers a blank single value with a blank, and keeps a wide answer's width for blank and bad cells", () => {
    expect(mapCells([""], () => 1)).toBe("");
    expect(FUNDING_SPLIT([[100, ""], ["x", 3]])).toEqual([
      [33.34, 33.33, 33.33, "", "", ""],
      [expect.stringMatching(/^#VALUE! 经费总额: 应为数字/), "", "", 1, 1, 1],
    ]);
  });
});

const HEADER = [["kind", "id", "jurisdiction", "residentsCommittee.members", "oneStopServiceWindow", "area.police"]];
const ROWS = [
  ["community", "c1", "longgang", 7, "TRUE", 50],
  ["community", "c2", "longgang", 4, "FALSE", 49.99],
  ["", "", "", "", "", ""],
  ["community", "c3", "longgang", "seven", "", ""],
  ["project", "p1", "longgang", "", "", ""],
];

describe("CHECK_COMMUNITY", () => {
  it("gives one cell per row in Chinese: 未达标, 未到期, 数据不足 or 达标; blank rows stay blank; bad rows say why", () => {
    const cells = CHECK_COMMUNITY(HEADER, ROWS, "2010-06-30").map((r) => r[0]);
    expect(cells[0]).toMatch(/^数据不足：/); // members and window met; other figures missing
    expect(cells[1]).toBe("未达标：龙岗（2005） 第十七条 社区居委会成员人数"); // window and police pending until 2010-12-31
    expect(cells[2]).toBe("");
    expect(cells[3]).toMatch(/^#VALUE! 居委会成员数: 应为整数（如 1200 或 1,200）/);
    expect(cells[4]).toMatch(/^数据不足：龙岗（2005） 第三十三条 /);
  });

  const ZH = ["龙岗（2005） 第十七条 社区居委会成员人数", "龙岗（2005） 第三十二条 社区“一门式”服务窗口", "龙岗（2005） 第三十二条 社区警务室面积"].join("；");
  const EN = ["Longgang 2005 第十七条 residents committee members", "Longgang 2005 第三十二条 one-stop service window", "Longgang 2005 第三十二条 community police office area"].join("; ");
  it.each([
    ["en", `FAIL: ${EN}`],
    ["EN", `FAIL: ${EN}`],
    [" en ", `FAIL: ${EN}`],
    ["英文", `FAIL: ${EN}`],
    ["zh", `未达标：${ZH}`],
    ["中文", `未达标：${ZH}`],
    ["", `未达标：${ZH}`],
    [null, `未达标：${ZH}`],
    [[["en"]], `FAIL: ${EN}`],
  ])("with lang %j, a failing row after the due date names each rule by document, article and label", (lang, cell) => {
    // In rule-book order: art. 17, then art. 32's window and police room.
    expect(CHECK_COMMUNITY(HEADER, [ROWS[1]!], "2011-01-01", undefined, lang)).toEqual([[cell]]);
  });

  it.each(["fr", "english", 1, true])("refuses lang %j, naming what it takes", (lang) => {
    expect(() => CHECK_COMMUNITY(HEADER, ROWS, "2010-06-30", undefined, lang)).toThrow(/^语言（lang）: 应为 zh 或 en（中文或英文），收到 /);
  });

  it("turns pending into failure after the due date", () => {
    expect(CHECK_COMMUNITY(HEADER, [ROWS[1]!], new Date(2011, 0, 1))[0]![0]).toMatch(/^未达标：.*服务窗口.*警务室面积$/);
  });

  it("达标 (PASS in English) when every standard of the chosen documents is met", () => {
    const header = [["id", "jurisdiction", "households", "serviceStation", "partyOrganization.form", "residentsCommittee.directorIsPartySecretary", "committeeElected", "workersCertified"]];
    expect(CHECK_COMMUNITY(header, [["l1", "linyi", 2000, "是", "branch", "是", "是", "是"]], "2002-01-01")).toEqual([["达标"]]);
    expect(CHECK_COMMUNITY(header, [["l1", "linyi", 2000, "是", "branch", "是", "是", "是"]], "2002-01-01", "", "en")).toEqual([["PASS"]]);
  });

  it("takes documents as comma-separated ids", () => {
    const header = [["id", "households"]];
    expect(CHECK_COMMUNITY(header, [["x", 999]], "2002-01-01", "linyi-report")[0]![0]).toBe("未达标：临沂 二、一 社区规模（户数）");
  });

  it("refuses an unknown document or a bad date with the reason", () => {
    expect(() => CHECK_COMMUNITY(HEADER, ROWS, "2010-06-30", "longgang-2006")).toThrow(/^文件（documents）: 未知的文件 "longgang-2006"，应为 guangzhou-2000、/);
    expect(() => CHECK_COMMUNITY(HEADER, ROWS, "2010-02-30")).toThrow(/^评估日（asOf）: 应为日期（如 2010-12-31、2010\/12\/31、2010年12月31日），收到 "2010-02-30"$/);
  });
});

describe("CHECK_COMMUNITY_DETAIL", () => {
  it("gives one row per finding with subject, rule, status, measured, required, shortfall, due, article, message", () => {
    const rows = CHECK_COMMUNITY_DETAIL(HEADER, [ROWS[1]!], "2011-01-01");
    const police = rows.find((r) => r[1] === "longgang-2005/facility-area/police");
    expect(police).toEqual(["c2", "longgang-2005/facility-area/police", "未达标", "49.99", "≥ 50.00", "0.01", "2010-12-31", "第三十二条", "社区警务室面积：未达标；实际49.99平方米；要求不少于50.00平方米；差0.01平方米；期限2010-12-31。"]);
  });

  it("in English with lang en: the status code, the English message", () => {
    const police = CHECK_COMMUNITY_DETAIL(HEADER, [ROWS[1]!], "2011-01-01", undefined, "en").find((r) => r[1] === "longgang-2005/facility-area/police");
    expect(police).toEqual(["c2", "longgang-2005/facility-area/police", "fail", "49.99", "≥ 50.00", "0.01", "2010-12-31", "第三十二条", expect.stringMatching(/: not met; measured 49.99 m²; required at least 50.00 m²; short by 0.01 m²; due 2010-12-31\.$/)]);
  });

  it.each([
    ["zh", "是", "党总支"],
    ["en", "TRUE", "general-branch"],
  ])("in %s, a yes/no figure reads %s and a form reads %s", (lang, yes, form) => {
    const header = [["id", "jurisdiction", "oneStopServiceWindow", "partyOrganization.form", "partyMembers"]];
    const rows = CHECK_COMMUNITY_DETAIL(header, [["c1", "longgang", "是", "general-branch", 80]], "2011-01-01", undefined, lang);
    expect(rows.find((r) => r[1] === "longgang-2005/one-stop-service-window")![3]).toBe(yes);
    expect(rows.find((r) => r[1] === "longgang-2005/party-organization-form")!.slice(3, 5)).toEqual([form, form]);
  });

  it("gives, row for row, what the library's full report says, on generated rows of every kind and both languages", () => {
    const rowArb = fc.oneof(flatRowArb("community", "c"), flatRowArb("project", "p"), flatRowArb("street", "s"));
    fc.assert(
      fc.property(rowArb, asOfArb, fc.constantFrom("zh", "en"), ({ header, cells }, asOf, lang) => {
        const read = rowToSubject(header, cells);
        fc.pre(read.kind === "subject");
        const report = evaluate(read.kind === "subject" ? read.subject : undefined, { asOf });
        const expected = report.findings.map((f) => [f.subject.path.join("/"), f.ruleId, STATUS_LABELS[f.status][lang], measuredWord(f.measured, lang) ?? "", formatRequirement(f.required, lang), f.shortfall ?? "", f.due ?? "", f.citation.article, f.message[lang]]);
        expect(CHECK_COMMUNITY_DETAIL([header], [cells], asOf, undefined, lang)).toEqual(expected.length > 0 ? expected : [[""]]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it("a bad row becomes one row with the reason", () => {
    expect(CHECK_COMMUNITY_DETAIL(HEADER, [ROWS[3]!], "2011-01-01")).toEqual([["", "", expect.stringMatching(/^#VALUE! /), "", "", "", "", "", ""]]);
  });
});
