import { isAtLeastTimes } from "../../src/arithmetic/isAtLeastTimes";
import { projectInLieuPayment } from "../../src/calculators/projectInLieuPayment";
import { rateAtLeast } from "../../src/checks/rateAtLeast";
import { atLeast } from "../../src/checks/atLeast";
import { owed } from "../../src/checks/owed";
import { field, missingOf } from "../../src/measure/field";
import { missing, notApplicable } from "../../src/measure/outcome";
import { defineRule } from "../../src/rule/rule";
import { SERVICE_SPACE_RATIO } from "../../src/calculators/serviceSpaceRatio";
import { CONSEQUENCES } from "./consequences";

export { SERVICE_SPACE_RATIO };

export const serviceSpaceRatio = defineRule({
  id: "longgang-2005/service-space-ratio",
  document: "longgang-2005",
  article: "第三十三条",
  quote: "按建筑面积300:1的面积标准,规划社区综合服务用房",
  modality: "requirement",
  subject: "project",
  label: { zh: "社区综合服务用房面积", en: "community service space" },
  threshold: { numerator: 1, denominator: SERVICE_SPACE_RATIO },
  consequences: [CONSEQUENCES.inLieuPayment, CONSEQUENCES.noPresale],
  check: (p, { threshold }) => rateAtLeast(field(p, "serviceSpaceM2"), field(p, "buildingAreaM2"), threshold, "m2"),
});

export const inLieuPayment = defineRule({
  id: "longgang-2005/in-lieu-payment",
  document: "longgang-2005",
  article: "第三十三条",
  quote: "发展商因特殊原因不能按要求提供综合服务用房的,必须按售房时的房产价格向政府支付相应资金",
  modality: "requirement",
  subject: "project",
  label: { zh: "代缴服务用房资金", en: "payment in lieu of service space" },
  threshold: { ratio: SERVICE_SPACE_RATIO },
  note: "Owed = exact shortfall (building area ÷ 300 − space provided) × sale price per m², rounded to the fen once. Reported as owed until a payment is recorded.",
  check(p, { threshold }) {
    const building = field(p, "buildingAreaM2");
    const space = field(p, "serviceSpaceM2");
    if (building.value === undefined || space.value === undefined) return missing(missingOf(building, space));
    if (isAtLeastTimes(space.value, threshold.ratio, building.value)) {
      return notApplicable({ zh: "服务用房已足额提供，无需代缴", en: "the space is provided in full; nothing is owed" });
    }
    const price = field(p, "salePricePerM2Yuan");
    if (price.value === undefined) return missing([price.path]);
    const amount = projectInLieuPayment(building.value, space.value, price.value, threshold.ratio);
    const paid = field(p, "inLieuPaidYuan");
    if (paid.value === undefined) {
      return owed(amount, { zh: `应缴 ${amount} 元，尚无缴款记录`, en: `${amount} yuan owed; no payment recorded` });
    }
    return atLeast(paid, amount, "yuan");
  },
});
