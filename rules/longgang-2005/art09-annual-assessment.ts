import { yearOf } from "../../src/dates/yearOf";
import { missing } from "../../src/engine/outcome";
import { defineRule } from "../../src/engine/rule";
import type { Consequence } from "../../src/types";
import { CONSEQUENCES } from "./consequences";

export const annualAssessment = defineRule({
  id: "longgang-2005/annual-assessment",
  document: "longgang-2005",
  article: "第九条",
  quote: "未达标单位不能参加评先,连续两年未达标的单位给予黄牌警告,并责成整改",
  modality: "requirement",
  subject: "street",
  label: { zh: "年度社区建设考核", en: "yearly community-building assessment" },
  threshold: { consecutiveFailuresForYellowCard: 2 },
  note: "Judged on the latest assessed year up to the as-of year; the yellow card needs that year and the one before both failed.",
  check(street, rule, { asOf }) {
    const asOfYear = yearOf(asOf);
    const years = (street.assessments ?? []).filter((a) => a.year <= asOfYear).sort((a, b) => b.year - a.year);
    const latest = years[0];
    if (latest === undefined) return missing(["assessments"]);
    let run = 0;
    while (run < years.length && years[run]!.passed === false && years[run]!.year === latest.year - run) run += 1;
    const consequences: Consequence[] = run === 0 ? [] : [CONSEQUENCES.ineligibleForAwards];
    if (run >= rule.threshold.consecutiveFailuresForYellowCard) consequences.push(CONSEQUENCES.yellowCard);
    return {
      kind: "measured",
      met: latest.passed,
      measured: latest.passed,
      required: { comparison: "is-true", value: true },
      shortfall: null,
      consequences,
      detail: { zh: `${latest.year}年度${latest.passed ? "达标" : `未达标，连续${run}年`}`, en: `${latest.year}: ${latest.passed ? "passed" : `failed, ${run} year(s) in a row`}` },
    };
  },
});
