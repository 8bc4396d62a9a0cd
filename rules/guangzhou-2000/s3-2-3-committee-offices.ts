import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { isPilotStreet, PILOT_STREET_NOTE } from "./document";

export const committeeOffices = defineRule({
  id: "guangzhou-2000/committee-offices",
  document: "guangzhou-2000",
  article: "三(二)3",
  quote: "试点街要切实解决好居委会的办公用房问题",
  modality: "requirement",
  subject: "street",
  label: { zh: "试点街解决居委会办公用房", en: "the pilot street settles its committees' office space" },
  threshold: { present: true },
  note: `Added from the seed (issue 22). ${PILOT_STREET_NOTE}`,
  appliesWhen: isPilotStreet,
  check: (s) => isTrue(field(s, "committeeOfficesResolved")),
});
