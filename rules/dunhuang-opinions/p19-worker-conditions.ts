import { allTrue } from "../../src/checks/allTrue";
import { atLeast } from "../../src/checks/atLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { INSURANCES } from "../../src/schema/values";
import type { Bilingual } from "../../src/types";
import { UNDATED } from "./document";

const ARTICLE = "(十九)";

export const personnelFunding = defineRule({
  id: "dunhuang-opinions/personnel-funding",
  document: "dunhuang-opinions",
  article: ARTICLE,
  quote: "每年为每个社区安排3万元人员经费",
  modality: "requirement",
  subject: "community",
  label: { zh: "省财政人员经费（每年）", en: "yearly personnel funding from the province" },
  threshold: { minYuan: 30000 },
  note: `The copy lost the starting year (从年起); the rule is in force without a start date. ${UNDATED}`,
  check: (c, { threshold }) => atLeast(field(c, "funding.provincialPersonnelYuan"), threshold.minYuan, "yuan"),
});

export const workerWageFloor = defineRule({
  id: "dunhuang-opinions/worker-wage-floor",
  document: "dunhuang-opinions",
  article: ARTICLE,
  quote: "社区专职工作人员工资福利不得低于上年度当地职工平均工资水平",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区专职工作人员工资福利", en: "full-time community workers' pay" },
  threshold: { floor: "workers.localAverageWagePreviousYearYuan" },
  note: `不得低于: equal to the average wage complies. ${UNDATED}`,
  check: (c) => atLeast(field(c, "workers.annualPayYuan"), field(c, "workers.localAverageWagePreviousYearYuan"), "yuan"),
});

const INSURANCE_NAMES: Record<(typeof INSURANCES)[number], Bilingual> = {
  pension: { zh: "基本养老保险", en: "pension" },
  medical: { zh: "基本医疗保险", en: "medical" },
  unemployment: { zh: "失业保险", en: "unemployment" },
  "work-injury": { zh: "工伤保险", en: "work injury" },
  maternity: { zh: "生育保险", en: "maternity" },
};

export const workerSocialInsurance = defineRule({
  id: "dunhuang-opinions/worker-social-insurance",
  document: "dunhuang-opinions",
  article: ARTICLE,
  quote: "按规定办理基本养老、基本医疗、失业、工伤、生育保险",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区专职工作人员社会保险", en: "community workers' social insurance" },
  threshold: { insurances: INSURANCES },
  note: UNDATED,
  check(c, { threshold }) {
    const held = field(c, "workers.insurances");
    return allTrue(threshold.insurances.map((kind) => [{ path: held.path, value: held.value?.includes(kind) }, INSURANCE_NAMES[kind]] as const));
  },
});
