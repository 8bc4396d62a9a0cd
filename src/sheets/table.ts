import type { Bilingual } from "../types";
import * as functions from "./functions";

/** How a parameter arrives: a value or a range of them (`range`), or one value only (`scalar`). */
export type Dimensionality = "range" | "scalar";

export interface SheetParameter {
  name: string;
  /** The name WPS shows in the Chinese-named macro. */
  zhName: string;
  description: Bilingual;
  dimensionality: Dimensionality;
  optional?: boolean;
}

/** A spreadsheet function, from which every spreadsheet build is generated. */
export interface SheetFunction {
  name: keyof typeof functions;
  /** Its Chinese name (WPS macros, Excel zh-CN): short, and no built-in function's name. */
  zhName: string;
  description: Bilingual;
  params: readonly SheetParameter[];
  /** What comes back: one value per input cell (`range`), a row per input, or rows (`table`). */
  result: "range" | "table";
  returns: Bilingual;
  /** A formula a person can paste, with what it gives, for the README. */
  example: string;
  /** The function itself: every build calls this one. */
  fn: (...args: unknown[]) => unknown;
}

const range = (name: string, zhName: string, zh: string, en: string): SheetParameter => ({ name, zhName, description: { zh, en }, dimensionality: "range" });
const CHECK_PARAMS: readonly SheetParameter[] = [
  { name: "header", zhName: "表头", description: { zh: "表头行（中文列名或字段名）", en: "the header row (Chinese labels or field names)" }, dimensionality: "range" },
  { name: "rows", zhName: "数据行", description: { zh: "数据行，每行一个主体", en: "the rows, one subject each" }, dimensionality: "range" },
  { name: "asOf", zhName: "评估日", description: { zh: "评估日（日期，默认今天）", en: "the day to check on (a date; default today)" }, dimensionality: "scalar", optional: true },
  { name: "documents", zhName: "文件", description: { zh: "文件编号，逗号分隔（默认按所属地区）", en: "document ids, comma-separated (default: by jurisdiction)" }, dimensionality: "scalar", optional: true },
  { name: "lang", zhName: "语言", description: { zh: "结论的语言：zh 中文（默认）或 en 英文", en: "the language of the answer: zh, Chinese (default), or en, English" }, dimensionality: "scalar", optional: true },
];

/**
 * Every spreadsheet function. The Apps Script, WPS and Excel builds are generated from this
 * table (tsup.config.ts, src/sheets/builds.ts), so their names, parameters and descriptions
 * cannot drift from each other or from the functions.
 */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = [
  {
    name: "SERVICE_SPACE_REQUIRED",
    zhName: "服务用房面积",
    description: {
      zh: "住宅项目应规划的社区综合服务用房面积（龙岗2005第三十三条，300:1），平方米，向上取到0.01。",
      en: "Community service space a housing project must plan (Longgang 2005 art. 33, 300:1), in m², rounded up to 0.01.",
    },
    params: [range("buildingArea", "建筑面积", "建筑面积（平方米），或其区域", "building area in m², or a range of them")],
    result: "range",
    returns: { zh: "应规划面积（平方米）", en: "required m²" },
    example: "=SERVICE_SPACE_REQUIRED(45000)  → 150",
    fn: functions.SERVICE_SPACE_REQUIRED,
  },
  {
    name: "IN_LIEU_PAYMENT",
    zhName: "代缴资金",
    description: {
      zh: "开发商未配足服务用房应代缴的资金（龙岗2005第三十三条），精确到分。",
      en: "Yuan a developer owes for service space not provided (Longgang 2005 art. 33), to the fen.",
    },
    params: [
      range("buildingArea", "建筑面积", "建筑面积（平方米）", "building area in m²"),
      range("serviceSpace", "服务用房", "已配服务用房（平方米）", "service space provided in m²"),
      range("pricePerM2", "售房单价", "售房单价（元/平方米）", "sale price in yuan per m²"),
    ],
    result: "range",
    returns: { zh: "应代缴金额（元；面积足够时为0）", en: "yuan owed (0 when the space is sufficient)" },
    example: "=IN_LIEU_PAYMENT(45000, 120, 8650.5)  → 259515",
    fn: functions.IN_LIEU_PAYMENT,
  },
  {
    name: "PURCHASE_PRICE",
    zhName: "政府购买价",
    description: {
      zh: "政府购买服务用房的价格：建造成本加5%（龙岗2005第三十六条），精确到分。",
      en: "Price of service space the government buys: construction cost plus 5% (Longgang 2005 art. 36), to the fen.",
    },
    params: [range("cost", "建造成本", "建造成本（元）", "construction cost in yuan")],
    result: "range",
    returns: { zh: "价格（元）", en: "yuan" },
    example: "=PURCHASE_PRICE(4.3)  → 4.52",
    fn: functions.PURCHASE_PRICE,
  },
  {
    name: "FUNDING_SPLIT",
    zhName: "经费分摊",
    description: {
      zh: "社区工作站经费三方各承担三分之一（龙岗2005第四十四条）：一行三格，区、街道、股份公司。",
      en: "A work station budget split in thirds (Longgang 2005 art. 44): one row of three, district, street, company.",
    },
    params: [range("total", "经费总额", "经费总额（元，到分）", "budget in yuan (whole fen)")],
    result: "table",
    returns: { zh: "区、街道、股份公司各自承担的金额", en: "district, street and company shares" },
    example: "=FUNDING_SPLIT(100)  → 33.34 | 33.33 | 33.33",
    fn: functions.FUNDING_SPLIT,
  },
  {
    name: "REQUIRED_COUNT",
    zhName: "应有数量",
    description: {
      zh: "按“每分母有分子”的比例计算的最少整数（人数、床位、组织数）。",
      en: "The smallest whole number of people, beds or organizations meeting numerator per denominator of base.",
    },
    params: [
      range("base", "基数", "基数（居民、老人、居委会……）", "residents, elderly, committees…"),
      range("numerator", "分子", "分子（如 15% 的 15）", "e.g. 15 for 15%"),
      range("denominator", "分母", "分母（如 15% 的 100）", "e.g. 100 for 15%"),
    ],
    result: "range",
    returns: { zh: "整数", en: "a whole number" },
    example: "=REQUIRED_COUNT(2001, 15, 100)  → 301",
    fn: functions.REQUIRED_COUNT,
  },
  {
    name: "STREET_SERVICE_CENTER_AREA",
    zhName: "街道服务中心面积",
    description: {
      zh: "广州2000试点街社区服务中心面积：每1000人10平方米，向上取到0.01。",
      en: "A Guangzhou 2000 pilot street's community service center: 10 m² per 1000 people, rounded up to 0.01.",
    },
    params: [range("population", "人口", "街道人口", "the street's population")],
    result: "range",
    returns: { zh: "应有面积（平方米）", en: "required m²" },
    example: "=STREET_SERVICE_CENTER_AREA(45678)  → 456.78",
    fn: functions.STREET_SERVICE_CENTER_AREA,
  },
  {
    name: "CHECK_COMMUNITY",
    zhName: "达标检查",
    description: {
      zh: "按平铺格式检查各行：每行一格，达标、未达标：规则、未到期：规则 或 数据不足：规则（语言为 en 时为 PASS、FAIL: 规则、PENDING: 规则、DATA: 规则）。",
      en: "Checks rows of the flat format: one cell per row, 达标, 未达标：<ids>, 未到期：<ids> or 数据不足：<ids>; with lang \"en\", PASS, FAIL: <ids>, PENDING: <ids> or DATA: <ids>.",
    },
    params: CHECK_PARAMS,
    result: "range",
    returns: { zh: "每行一个结论", en: "one status cell per row" },
    example: "=CHECK_COMMUNITY(A1:AZ1, A2:AZ20, DATE(2012,1,1))",
    fn: functions.CHECK_COMMUNITY,
  },
  {
    name: "CHECK_COMMUNITY_DETAIL",
    zhName: "达标明细",
    description: {
      zh: "按平铺格式检查各行：每条结论一行（主体、规则、结论、实测、要求、差额、期限、条款、说明），中文，语言为 en 时为英文。",
      en: "Checks rows of the flat format: one row per finding (subject, rule, status, measured, required, shortfall, due, article, message), in Chinese, or in English with lang \"en\".",
    },
    params: CHECK_PARAMS,
    result: "table",
    returns: { zh: "每条结论一行", en: "one row per finding" },
    example: '=CHECK_COMMUNITY_DETAIL(A1:AZ1, A2:AZ20, "2012-01-01", "longgang-2005")',
    fn: functions.CHECK_COMMUNITY_DETAIL,
  },
];
