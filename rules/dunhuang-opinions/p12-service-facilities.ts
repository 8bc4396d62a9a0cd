import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";
import { UNDATED } from "./document";

const QUOTE = "街道要建设社区服务中心,社区要整合办公服务用房等设施,设立综合性服务站";

export const streetServiceCenter = defineRule({
  id: "dunhuang-opinions/street-service-center",
  document: "dunhuang-opinions",
  article: "(十二)",
  quote: QUOTE,
  modality: "requirement",
  subject: "street",
  label: { zh: "街道社区服务中心", en: "the street's community service center" },
  threshold: { present: true },
  note: UNDATED,
  check: (s) => isTrue(field(s, "serviceCenter")),
});

export const communityServiceStation = defineRule({
  id: "dunhuang-opinions/community-service-station",
  document: "dunhuang-opinions",
  article: "(十二)",
  quote: QUOTE,
  modality: "requirement",
  subject: "community",
  label: { zh: "社区综合性服务站", en: "the community's comprehensive service station" },
  threshold: { present: true },
  note: UNDATED,
  check: (c) => isTrue(field(c, "serviceStation")),
});
