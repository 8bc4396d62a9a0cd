import { atLeast } from "../../src/checks/atLeast";
import { toExact } from "../../src/arithmetic/toExact";
import { appliesIfPresent } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const reservedLand = defineRule({
  id: "longgang-2005/reserved-land",
  document: "longgang-2005",
  article: "第三十条",
  quote: "预留3000—5000平方米的土地提供给社区作公共服务设施建设用地",
  modality: "requirement",
  subject: "community",
  label: { zh: "预留公共服务设施建设用地", en: "land reserved for community public facilities" },
  threshold: { min: 3000, max: 5000 },
  unit: "m2",
  note: "The range's lower end is the duty; reserving more than 5000 m² favours the community and is reported, not failed.",
  appliesWhen: (c) => appliesIfPresent("urbanizationLandTransfer", c.urbanizationLandTransfer, { zh: "无城市化转地", en: "no land transferred during urbanization" }),
  check(c, { threshold }) {
    const land = field(c, "urbanizationLandTransfer.reservedLandM2");
    const outcome = atLeast(land, threshold.min, "m2");
    if (outcome.kind !== "measured" || !toExact(land.value!).gt(threshold.max)) return outcome;
    return { ...outcome, detail: { zh: `超过${threshold.max}平方米，予以报告`, en: `more than ${threshold.max} m², reported` } };
  },
});
