import { yearOf } from "../../src/dates/yearOf";
import { missing, type Outcome } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import { unitText } from "../../src/measure/units";
import type { Street } from "../../src/schema/street";
import { CONSEQUENCES } from "./consequences";

/** The assessments up to the as-of year, latest first. */
function assessedBy(street: Street, asOf: string): NonNullable<Street["assessments"]> {
  const asOfYear = yearOf(asOf);
  return (street.assessments ?? []).filter((a) => a.year <= asOfYear).sort((a, b) => b.year - a.year);
}

export const annualAssessment = defineRule({
  id: "longgang-2005/annual-assessment",
  document: "longgang-2005",
  article: "第九条",
  quote: "未达标单位不能参加评先,连续两年未达标的单位给予黄牌警告,并责成整改",
  modality: "requirement",
  subject: "street",
  label: { zh: "年度社区建设考核", en: "yearly community-building assessment" },
  threshold: { passed: true },
  note: "Judged on the latest assessed year up to the as-of year. The yellow card for two years in a row is its own rule (longgang-2005/yellow-card).",
  consequences: [CONSEQUENCES.ineligibleForAwards],
  check(street, _, { asOf }): Outcome {
    const latest = assessedBy(street, asOf)[0];
    return latest === undefined ? missing(["assessments"]) : latestYear(latest);
  },
});

function latestYear(latest: { year: number; passed: boolean }): Outcome {
  return {
    kind: "measured",
    met: latest.passed,
    measured: latest.passed,
    required: { comparison: "is-true", value: true },
    shortfall: null,
    detail: { zh: `${latest.year}年度${latest.passed ? "达标" : "未达标"}`, en: `${latest.year}: ${latest.passed ? "passed" : "failed"}` },
  };
}

export const yellowCard = defineRule({
  id: "longgang-2005/yellow-card",
  document: "longgang-2005",
  article: "第九条",
  quote: "连续两年未达标的单位给予黄牌警告,并责成整改",
  modality: "requirement",
  subject: "street",
  label: { zh: "连续未达标年数（黄牌警告）", en: "years failed in a row (yellow card)" },
  threshold: { consecutiveFailures: 2 },
  note: "Counts back from the latest assessed year. A year with no assessment recorded is unknown, not a pass: the run cannot be told and the finding is insufficient-data naming that year.",
  consequences: [CONSEQUENCES.yellowCard],
  check(street, { threshold }, { asOf }): Outcome {
    const years = assessedBy(street, asOf);
    if (years[0] === undefined) return missing(["assessments"]);
    const latest = years[0].year;
    let run = 0;
    while (run < threshold.consecutiveFailures) {
      const entry = years.find((a) => a.year === latest - run);
      if (entry === undefined) return missing([`assessments[year=${latest - run}]`]);
      if (entry.passed) break;
      run += 1;
    }
    return {
      kind: "measured",
      met: run < threshold.consecutiveFailures,
      measured: run,
      required: { comparison: "at-most", value: threshold.consecutiveFailures - 1, unit: "years" },
      shortfall: null,
      detail: { zh: `截至${latest}年度连续未达标${run}年`, en: `${run} ${unitText("years", "en", run)} failed in a row up to ${latest}` },
    };
  },
});
