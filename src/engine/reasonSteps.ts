import { isAfterDay } from "../dates/isAfterDay";
import { fieldLabel } from "../labels/fieldLabel";
import type { Bilingual, Status } from "../types";
import { overrideChanges } from "./message";
import type { Outcome } from "../measure/outcome";
import type { Rule, RuleContext } from "../rule/rule";

/** The date and modality reasoning behind a status, after the check's own steps (spec section 3). */
function verdict(rule: Rule, outcome: Outcome, status: Status, asOf: string): Bilingual {
  if (outcome.kind === "missing") return { zh: `缺少${outcome.missing.map(fieldLabel).join("、")}：数据不足，不作判断`, en: `missing ${outcome.missing.join(", ")}: insufficient data, no verdict` };
  if (outcome.kind === "not-applicable") return { zh: `不适用：${outcome.reason.zh}`, en: `not applicable: ${outcome.reason.en}` };
  if (status === "info") return rule.modality === "permission" ? { zh: "条文为“可”（允许）：只报告，不判未达标", en: "the clause permits (可): reported, never failed" } : { zh: "报告的数额，不作判断", en: "a figure reported, not judged" };
  if (outcome.met) return { zh: "达标", en: "met" };
  if (outcome.notYetDue) return { zh: "未达到，但所查期间尚未结束：未到期", en: "not met, but the period is still running: pending" };
  if (rule.due === undefined) return { zh: "条文无期限：未达到即未达标", en: "the clause sets no due date: not met is a failure" };
  return status === "pending"
    ? { zh: `期限 ${rule.due}，评估日 ${asOf} 不晚于期限：未到期`, en: `due ${rule.due}; ${asOf} is not after it: pending` }
    : { zh: `期限 ${rule.due}，评估日 ${asOf} 已过期限：未达标`, en: `due ${rule.due}; ${asOf} is after it: failed` };
}

/**
 * A finding's explanation, step by step in zh and en: the document in force or not, the override if
 * any, the inputs read and the arithmetic (`checkSteps`, recorded by the checks as they ran), and
 * the reasoning from the outcome to the status.
 *
 * @example reasonSteps(rule, outcome, "pending", context, steps) // [{ zh: "文件自2005-07-27起施行…", en: … }, …]
 */
export function reasonSteps(rule: Rule, outcome: Outcome, status: Status, { asOf, document }: RuleContext, checkSteps: readonly Bilingual[]): Bilingual[] {
  const steps: Bilingual[] = [];
  if (document.inForce === null) steps.push({ zh: `${document.title} 未载明施行日期：任何评估日均适用`, en: `${document.id} states no start date: in force on any day` });
  else if (document.inForceEstimate !== undefined) {
    // An undated copy: the day is the earliest its text could have been written, and says why.
    const { zh, en } = document.inForceEstimate;
    if (isAfterDay(document.inForce, asOf)) steps.push({ zh: `${document.title} 未载明日期，最早于 ${document.inForce} 后方可成文（${zh}）；评估日 ${asOf} 早于此：不适用`, en: `${document.id} states no date and could not have been written before ${document.inForce} (${en}); ${asOf} is before it: not applicable` });
    else steps.push({ zh: `${document.title} 未载明日期，自最早可能成文之日 ${document.inForce} 起适用（${zh}），评估日 ${asOf} 已适用`, en: `${document.id} states no date; it binds from ${document.inForce}, the earliest day it could have been written (${en}); ${asOf} is on or after it` });
  } else if (isAfterDay(document.inForce, asOf)) steps.push({ zh: `评估日 ${asOf} 早于施行日 ${document.inForce}：不适用`, en: `${asOf} is before the document came into force on ${document.inForce}: not applicable` });
  else steps.push({ zh: `文件自 ${document.inForce} 起施行，评估日 ${asOf} 已施行`, en: `in force from ${document.inForce}; ${asOf} is on or after it` });
  if (rule.override) {
    const { source } = rule.override;
    steps.push({ zh: `按“${source}”调整：${overrideChanges(rule.override, "zh")}`, en: `adjusted by ${source}: ${overrideChanges(rule.override, "en")}` });
  }
  steps.push(...checkSteps, verdict(rule, outcome, status, asOf));
  return steps;
}
