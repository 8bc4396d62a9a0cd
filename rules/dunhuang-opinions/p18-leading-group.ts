import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { City } from "../../src/schema/subject";
import { UNDATED } from "./document";

const PARTS: readonly NamedField<City>[] = [
  { path: "leadingGroup.established", name: { zh: "社区建设领导小组", en: "leading group" } },
  { path: "leadingGroup.officeEstablishment", name: { zh: "办公室机构编制", en: "an established office" } },
  { path: "leadingGroup.fullTimeStaff", name: { zh: "专职人员", en: "full-time staff" } },
  { path: "leadingGroup.funds", name: { zh: "工作经费", en: "working funds" } },
];

export const leadingGroup = defineRule({
  id: "dunhuang-opinions/leading-group",
  document: "dunhuang-opinions",
  article: "(十八)",
  quote: "成立由党政领导挂帅、相关部门参与的社区建设领导小组,负责指导、协调本地和谐社区建设工作,并落实办公室机构编制,配备专职人员,安排工作经费",
  modality: "requirement",
  subject: "city",
  label: { zh: "社区建设领导小组及其办公室、人员、经费", en: "leading group with its office, staff and funds" },
  threshold: { items: PARTS },
  note: `Four things, each named when lacking. Asked of the city (本地: the city the opinions govern). Added from the seed (issue 22). ${UNDATED}`,
  check: (c, { threshold }) => allFieldsTrue(c, threshold.items),
});
