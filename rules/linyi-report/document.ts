import type { SourceDocument } from "../../src/types";

export const linyiReport: SourceDocument = {
  id: "linyi-report",
  title: "关于加快全市城市社区建设工作情况调查报告",
  issuer: "临沂市 (survey report; its size guidance quotes 临发[2001]26号)",
  issued: null,
  // 具体以临发[2001]26号文规定的…: it quotes a document of 2001.
  inForce: "2001-01-01",
  inForceEstimate: { zh: "文中引用临发[2001]26号文", en: "it quotes 临发[2001]26号, a document of 2001" },
  jurisdiction: "linyi",
  note: "A survey report (调查报告) that states no date: it quotes 临发[2001]26号, so it binds from 2001-01-01, the earliest day it could have been written (the day of that document is not known; issue 22). Its standards sit under 思路和重点 and 建议: a 要… sentence is guidance unless it carries a binding document's words (the 1000~3000户 of 临发[2001]26号 is 指导性 by its own words; 省委提出的一居一支部目标 is the provincial committee's target).",
  timeline: [
    { to: "2003-12-31", text: "总结推广试点经验,全面推进社区建设" },
    { to: "2005-12-31", text: "巩固、完善、规范社区建设" },
    { to: "2010-12-31", text: "创新、提高社区建设机制和管理水平" },
  ],
};

/** Every Linyi rule says why it has no start date (spec section 1). */
export const UNDATED = "The report states no date: in force from 2001-01-01, the year of 临发[2001]26号 it quotes (the document's note).";
