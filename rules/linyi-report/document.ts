import type { SourceDocument } from "../../src/types";

export const linyiReport: SourceDocument = {
  id: "linyi-report",
  title: "关于加快全市城市社区建设工作情况调查报告",
  issuer: "临沂市 (survey report; its size guidance quotes 临发[2001]26号)",
  issued: null,
  inForce: null,
  jurisdiction: "linyi",
  note: "A survey report, written 2001-2002, that states no date: its figures are guidance, and it is treated as in force without a start date.",
  timeline: [
    { to: "2003-12-31", text: "总结推广试点经验,全面推进社区建设" },
    { to: "2005-12-31", text: "巩固、完善、规范社区建设" },
    { to: "2010-12-31", text: "创新、提高社区建设机制和管理水平" },
  ],
};

/** Every Linyi rule says why it has no start date (spec section 1). */
export const UNDATED = "The report states no date: in force without a start date.";
