import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const publicNotice = defineRule({
  id: "longgang-2005/public-notice",
  document: "longgang-2005",
  article: "第二十八条",
  quote: "通过公开栏定期向社区居民公布",
  modality: "requirement",
  subject: "community",
  label: { zh: "居务、站务、财务公开栏定期公布", en: "committee, station and finance matters posted regularly" },
  threshold: { present: true },
  note: "居务公开、站务公开、财务公开…都要通过公开栏定期向社区居民公布. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (c) => isTrue(field(c, "publicNoticeBoard")),
});
