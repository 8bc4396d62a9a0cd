import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { Street } from "../../src/schema/subject";
import { SOCIAL_AREA_NOTE, inPilot } from "./document";

const FACILITIES: readonly NamedField<Street>[] = [
  { path: "network.serviceCenter", name: { zh: "计算机网络服务中心", en: "computer network service center" } },
  { path: "network.touchScreens", name: { zh: "电子触摸屏", en: "touch screens" } },
];

export const networkServiceCenter = defineRule({
  id: "guangzhou-2000/network-service-center",
  document: "guangzhou-2000",
  article: "三(三)2",
  quote: "在社区设立计算机网络服务中心及电子触摸屏",
  modality: "requirement",
  subject: "street",
  label: { zh: "计算机网络服务中心及电子触摸屏", en: "network service center and touch screens" },
  threshold: { items: FACILITIES },
  note: `Each facility lacking is named. ${SOCIAL_AREA_NOTE}`,
  appliesWhen: inPilot,
  check: (s, { threshold }) => allFieldsTrue(s, threshold.items),
});
