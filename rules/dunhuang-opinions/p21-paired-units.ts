import { everyYear } from "../../src/checks/everyYear";
import { yearOf } from "../../src/dates/yearOf";
import { field } from "../../src/measure/field";
import { missing, notApplicable } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import { UNDATED } from "./document";

export const pairedUnitPracticalMatters = defineRule({
  id: "dunhuang-opinions/paired-unit-practical-matters",
  document: "dunhuang-opinions",
  article: "(二十一)",
  quote: "每年至少为结队共建社区办1至2件实事",
  modality: "requirement",
  subject: "community",
  label: { zh: "结对共建单位每年办实事", en: "practical matters done by each paired unit per year" },
  threshold: { minPerYear: 1 },
  note: `至少…1至2件: at least 1 a year. The years evaluated are the last full year before the as-of day (a unit without one fails) and the running year (pending until it has one): unlike the city's yearly rules, a pairing's start is not recorded, so earlier years are not asked of it. ${UNDATED}`,
  check(c, { threshold }, { asOf }) {
    const units = field(c, "pairedUnits");
    if (units.value === undefined) return missing([units.path]);
    if (units.value.length === 0) return notApplicable({ zh: "社区无结对共建单位", en: "the community has no paired units" });
    const unrecorded = units.value.flatMap((u, i) => (u.practicalMatters === undefined ? [`pairedUnits[${i}].practicalMatters`] : []));
    if (unrecorded.length > 0) return missing(unrecorded);
    const year = yearOf(asOf);
    const did = (u: (typeof units.value)[number], y: number) => u.practicalMatters!.filter((m) => m.year === y).reduce((n, m) => n + m.count, 0) >= threshold.minPerYear;
    const lastYearShort = units.value.filter((u) => !did(u, year - 1));
    const thisYearShort = units.value.filter((u) => !did(u, year));
    const name = (u: (typeof units.value)[number], i: number) => u.name ?? `#${i + 1}`;
    const names = (list: typeof units.value) => list.map((u) => name(u, units.value!.indexOf(u))).join("、");
    return {
      kind: "measured",
      met: lastYearShort.length === 0 && thisYearShort.length === 0,
      notYetDue: lastYearShort.length === 0,
      measured: units.value.length - lastYearShort.length,
      required: { comparison: "at-least", value: units.value.length, unit: "count" },
      shortfall: lastYearShort.length === 0 ? null : lastYearShort.length,
      ...((lastYearShort.length > 0 || thisYearShort.length > 0) && {
        detail: lastYearShort.length > 0
          ? { zh: `${year - 1}年未办实事：${names(lastYearShort)}`, en: `no practical matter in ${year - 1}: ${names(lastYearShort)}` }
          : { zh: `${year}年尚未办实事：${names(thisYearShort)}`, en: `none yet in ${year}: ${names(thisYearShort)}` },
      }),
    };
  },
});

export const modelCommunitySelection = defineRule({
  id: "dunhuang-opinions/model-community-selection-yearly",
  document: "dunhuang-opinions",
  article: "(二十一)",
  quote: "每年按照和谐社区创建五条原则、六项标准考核评比命名和表彰一批和谐社区建设示范社区",
  modality: "requirement",
  subject: "city",
  label: { zh: "和谐社区建设示范社区年度考核评比命名", en: "yearly selection of model harmonious communities" },
  threshold: { perYear: 1 },
  note: `每年: the last full year (fail if none) and the running year (pending until one). The dates are the city's modelSelections. ${UNDATED}`,
  check: (c, { threshold }, { asOf, document }) => everyYear(field(c, "modelSelections"), asOf, document.inForce, threshold.perYear),
});
