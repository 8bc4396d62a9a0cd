// 计算器: every calculator as a form, for planning bureaus. Figures are read as the sheet functions
// read cells (45,000, 4.5万, 45000平方米, full-width digits) and computed exactly by the library.
import { governmentPurchasePrice } from "../calculators/governmentPurchasePrice";
import { inLieuPayment } from "../calculators/inLieuPayment";
import { projectInLieuPayment } from "../calculators/projectInLieuPayment";
import { requiredCount } from "../calculators/requiredCount";
import { requiredServiceSpace } from "../calculators/requiredServiceSpace";
import { requiredStreetServiceCenterArea } from "../calculators/requiredStreetServiceCenterArea";
import { splitWorkStationFunding } from "../calculators/splitWorkStationFunding";
import { GOVERNMENT_PURCHASE_QUOTE } from "../calculators/managementFeeRate";
import type { CellUnit } from "../flat/columns";
import { rules } from "../rules";
import type { Lang } from "../report/words";
import { readNumber } from "../flat/readNumber";

interface Field {
  name: string;
  label: [string, string];
  unit?: CellUnit;
  value: string;
}

export interface Calculator {
  id: string;
  title: [string, string];
  fields: Field[];
  /** The rule whose article and words the calculator applies, or the article and words themselves. */
  source: { ruleId: string } | { article: string; quote: string; document: string };
  compute: (values: (number | string)[]) => string;
  unit: [string, string];
}

export const CALCULATORS: readonly Calculator[] = [
  {
    id: "service-space",
    title: ["住宅项目应配社区服务用房", "Service space a housing project must plan"],
    fields: [
      { name: "area", label: ["建筑面积（平方米）", "building area (m²)"], unit: "m2", value: "45000" },
      { name: "ratio", label: ["每多少平方米配 1 平方米", "1 m² per … m²"], value: "300" },
    ],
    source: { ruleId: "longgang-2005/service-space-ratio" },
    compute: ([area, ratio]) => requiredServiceSpace(area!, ratio!),
    unit: ["平方米", "m²"],
  },
  {
    id: "project-in-lieu",
    title: ["项目未配足服务用房应缴款", "What a project owes for space not provided"],
    fields: [
      { name: "area", label: ["建筑面积（平方米）", "building area (m²)"], unit: "m2", value: "45000" },
      { name: "space", label: ["已配服务用房（平方米）", "space provided (m²)"], unit: "m2", value: "120" },
      { name: "price", label: ["售房单价（元/平方米）", "sale price (yuan/m²)"], unit: "yuan-per-m2", value: "8650.50" },
    ],
    source: { ruleId: "longgang-2005/in-lieu-payment" },
    compute: ([area, space, price]) => projectInLieuPayment(area!, space!, price!),
    unit: ["元", "yuan"],
  },
  {
    id: "in-lieu",
    title: ["按差额面积计算应缴款", "Payment for a shortfall in m²"],
    fields: [
      { name: "shortfall", label: ["差额面积（平方米）", "shortfall (m²)"], unit: "m2", value: "30" },
      { name: "price", label: ["售房单价（元/平方米）", "sale price (yuan/m²)"], unit: "yuan-per-m2", value: "8650.50" },
    ],
    source: { ruleId: "longgang-2005/in-lieu-payment" },
    compute: ([shortfall, price]) => inLieuPayment(shortfall!, price!),
    unit: ["元", "yuan"],
  },
  {
    id: "purchase-price",
    title: ["政府购置服务用房的结算价", "Price of space the government buys"],
    fields: [{ name: "cost", label: ["建设成本（元）", "construction cost (yuan)"], unit: "yuan", value: "1000000" }],
    source: { document: "longgang-2005", article: "第三十六条", quote: GOVERNMENT_PURCHASE_QUOTE },
    compute: ([cost]) => governmentPurchasePrice(cost!),
    unit: ["元", "yuan"],
  },
  {
    id: "funding-split",
    title: ["社区工作站经费三方分担", "Work station budget in thirds"],
    fields: [{ name: "total", label: ["经费总额（元）", "total (yuan)"], unit: "yuan", value: "100" }],
    source: { ruleId: "longgang-2005/work-station-funding-thirds" },
    compute: ([total]) => splitWorkStationFunding(total!).join(" / "),
    unit: ["元（区 / 街道 / 股份公司）", "yuan (district / street / company)"],
  },
  {
    id: "required-count",
    title: ["按比例应有的人数（如志愿者 3%）", "Count required by a rate (volunteers at 3%…)"],
    fields: [
      { name: "base", label: ["基数（如人口）", "base (population…)"], unit: "people", value: "10001" },
      { name: "numerator", label: ["分子", "numerator"], value: "3" },
      { name: "denominator", label: ["分母", "denominator"], value: "100" },
    ],
    source: { ruleId: "guangzhou-2000/volunteers-3-percent" },
    compute: ([base, numerator, denominator]) => String(requiredCount(base!, numerator!, denominator!)),
    unit: ["人（向上取整）", "people (rounded up)"],
  },
  {
    id: "street-center",
    title: ["试点街社区服务中心面积", "A pilot street's service center area"],
    fields: [{ name: "population", label: ["街道人口", "street population"], unit: "people", value: "45678" }],
    source: { ruleId: "guangzhou-2000/street-service-center-area" },
    compute: ([population]) => requiredStreetServiceCenterArea(population!),
    unit: ["平方米", "m²"],
  },
];

/** The article and words a calculator applies. */
export function sourceOf(calculator: Calculator): { document: string; article: string; quote: string } {
  if (!("ruleId" in calculator.source)) return calculator.source;
  const { ruleId } = calculator.source;
  const rule = rules.find((r) => r.id === ruleId)!;
  return { document: rule.document, article: rule.article, quote: rule.displayQuote ?? rule.quote };
}

/**
 * A calculator's answer for figures as typed: the result with its unit, or why a figure cannot be
 * read (in the language asked for).
 *
 * @example run(CALCULATORS[0], ["4.5万", "300"], "zh") // { ok: "150.00 平方米" }
 */
export function run(calculator: Calculator, typed: readonly string[], lang: Lang): { ok: string } | { error: string } {
  const at = lang === "zh" ? 0 : 1;
  const values: (number | string)[] = [];
  for (const [i, field] of calculator.fields.entries()) {
    const cell = (typed[i] ?? "").trim();
    const label = field.label[at].replace(/[（(].*$/, "");
    if (cell === "") return { error: lang === "zh" ? `${label}：请填写` : `${label}: fill it in` };
    const read = readNumber(cell, field.unit, false);
    if ("error" in read) return { error: `${label}${lang === "zh" ? "：" : ": "}${read.error[lang]}` };
    values.push(read.value);
  }
  try {
    return { ok: `${calculator.compute(values)} ${calculator.unit[at]}` };
  } catch (error) {
    // What the calculators refuse once the figures are read: a denominator of 0, a sub-fen total.
    return { error: (error as Error).message };
  }
}
