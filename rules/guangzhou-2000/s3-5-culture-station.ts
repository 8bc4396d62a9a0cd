import { oneOf } from "../../src/checks/oneOf";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { isPilotStreet, PILOT_STREET_NOTE } from "./document";

export const streetCultureStationGrade = defineRule({
  id: "guangzhou-2000/street-culture-station-grade",
  document: "guangzhou-2000",
  article: "三(五)",
  quote: "试点街文化站要达到省一级标准",
  modality: "requirement",
  subject: "street",
  label: { zh: "试点街文化站等级", en: "pilot street's culture station grade" },
  // Grades from low to high: none < third < second < first < special; 达到省一级 is first or higher.
  threshold: { grades: ["first", "special"] as ("first" | "special")[] },
  note: PILOT_STREET_NOTE,
  appliesWhen: isPilotStreet,
  check: (s, { threshold }) => oneOf(field(s, "cultureStationGrade"), threshold.grades),
});
