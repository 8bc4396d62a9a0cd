import { isTrue } from "../../src/checks/isTrue";
import { withinRange } from "../../src/checks/withinRange";
import { appliesIf } from "../../src/rule/applicability";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import { CONSEQUENCES } from "./consequences";
import { inLieuPayment } from "./art33-service-space";

export const serviceSpaceAgreement = defineRule({
  id: "longgang-2005/service-space-agreement",
  document: "longgang-2005",
  article: "第三十五条",
  quote: "与所在街道办就无偿提供社区综合服务用房签订协议",
  modality: "requirement",
  subject: "project",
  label: { zh: "无偿提供社区综合服务用房协议", en: "agreement to provide the service space free of charge" },
  threshold: { signed: true },
  note: "建设单位新建或改造住宅小区时…应: every new or rebuilt residential project signs it with its street office.",
  check: (p) => isTrue(field(p, "serviceSpaceAgreementSigned")),
});

export const acceptanceRequiresServiceSpace = defineRule({
  id: "longgang-2005/acceptance-requires-service-space",
  document: "longgang-2005",
  article: "第三十五条",
  quote: "凡社区办公和服务用房不落实的不予验收",
  modality: "requirement",
  subject: "project",
  label: { zh: "验收前落实社区用房", en: "service space settled before acceptance" },
  threshold: { delivered: true },
  note: "Space counts as settled when delivered, or when the payment in lieu (art. 33) is recorded in full.",
  consequences: [CONSEQUENCES.acceptanceRefused],
  appliesWhen: (p) => appliesIf(field(p, "accepted"), { zh: "项目尚未验收", en: "the project has not been accepted" }),
  check(p, rule, context) {
    const delivered = isTrue(field(p, "serviceSpaceDelivered"));
    if (delivered.kind !== "measured" || delivered.met || p.inLieuPaidYuan === undefined) return delivered;
    const paid = inLieuPayment.check(p, inLieuPayment, context);
    if (paid.kind === "measured" && paid.met) return { ...delivered, met: true, detail: { zh: "已按规定代缴资金", en: "paid in lieu in full" } };
    return paid.kind === "missing" ? paid : delivered;
  },
});

export const phasedProjectSpaceFirst = defineRule({
  id: "longgang-2005/phased-project-space-first",
  document: "longgang-2005",
  article: "第三十五条",
  quote: "大型房地产项目需要分期建设的,社区服务设施用房应提前建设",
  modality: "requirement",
  subject: "project",
  label: { zh: "分期项目服务用房建设期次", en: "phase in which the service space is built" },
  threshold: { phase: 1 },
  note: "应提前建设 is read as: built in the first phase.",
  appliesWhen: (p) => appliesIf(field(p, "phased"), { zh: "项目不分期建设", en: "the project is not built in phases" }),
  check: (p, { threshold }) => withinRange(field(p, "serviceSpacePhase"), threshold.phase, threshold.phase, "count"),
});
