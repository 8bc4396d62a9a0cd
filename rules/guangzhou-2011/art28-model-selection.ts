import { addYearsToDay } from "../../src/dates/addYearsToDay";
import { gapLongerThan } from "../../src/dates/gapLongerThan";
import { field } from "../../src/measure/field";
import { missing } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";

export const modelSelectionEveryTwoYears = defineRule({
  id: "guangzhou-2011/model-selection-every-two-years",
  document: "guangzhou-2011",
  article: "28",
  quote: "每兩年開展一次示范街道、示范社區評選活動",
  displayQuote: "每两年开展一次示范街道、示范社区评选活动",
  modality: "requirement",
  subject: "city",
  label: { zh: "示范街道、示范社区评选（每两年一次）", en: "model street and community selections (every two years)" },
  threshold: { everyYears: 2 },
  note: "No gap longer than two years from the document's coming into force (2011-07-23), between selections, and up to the as-of day.",
  check(c, { threshold }, { asOf, document }) {
    const selections = field(c, "modelSelections");
    if (selections.value === undefined) return missing([selections.path]);
    const held = selections.value.filter((day) => day <= asOf && day >= document.inForce!);
    const gap = gapLongerThan([document.inForce!, ...held, asOf], threshold.everyYears);
    const last = [...held].sort().pop() ?? document.inForce!;
    const next = addYearsToDay(last, threshold.everyYears);
    return {
      kind: "measured",
      met: gap === null,
      measured: held.length === 0 ? null : last,
      required: { comparison: "no-gap-over", value: threshold.everyYears },
      shortfall: null,
      detail: gap
        ? { zh: `${gap.from}至${gap.to}间隔超过${threshold.everyYears}年`, en: `more than ${threshold.everyYears} years between ${gap.from} and ${gap.to}` }
        : { zh: `下次评选应不晚于${next}`, en: `next selection due by ${next}` },
    };
  },
});
