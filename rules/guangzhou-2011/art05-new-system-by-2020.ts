import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const newSystemBy2020 = defineRule({
  id: "guangzhou-2011/new-system-by-2020",
  document: "guangzhou-2011",
  article: "5",
  quote: "力爭到2020年基本形成具有廣州特色的新型社區服務管理體系",
  displayQuote: "力争到2020年基本形成具有广州特色的新型社区服务管理体系",
  modality: "target",
  subject: "city",
  label: { zh: "2020年基本形成新型社区服务管理体系", en: "a new community service system by 2020" },
  threshold: { present: true },
  due: "2020-12-31",
  note: "力爭 (strive): the overall target, due at the end of 2020, the last year of the third stage (2016—2020年). A yes/no field records whether the city judges it formed. Added from the seed (issue 22).",
  check: (c) => isTrue(field(c, "newServiceSystem")),
});
