import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Bilingual } from "../../src/types";
import { UNDATED } from "./document";

/** 街道要建设社区服务中心,社区要…设立综合性服务站: one clause, a facility for each level. */
const FACILITIES: readonly { id: string; subject: "street" | "community"; key: "serviceCenter" | "serviceStation"; label: Bilingual }[] = [
  { id: "dunhuang-opinions/street-service-center", subject: "street", key: "serviceCenter", label: { zh: "街道社区服务中心", en: "the street's community service center" } },
  { id: "dunhuang-opinions/community-service-station", subject: "community", key: "serviceStation", label: { zh: "社区综合性服务站", en: "the community's comprehensive service station" } },
];

export const serviceFacilities = FACILITIES.map(({ id, subject, key, label }) =>
  defineRule({
    id,
    document: "dunhuang-opinions",
    article: "(十二)",
    quote: "街道要建设社区服务中心,社区要整合办公服务用房等设施,设立综合性服务站",
    modality: "requirement",
    subject,
    label,
    threshold: { present: true },
    note: UNDATED,
    check: (s) => isTrue(field(s as { serviceCenter?: boolean; serviceStation?: boolean }, key)),
  }),
);
