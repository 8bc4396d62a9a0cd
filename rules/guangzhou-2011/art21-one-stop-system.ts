import { allFieldsTrue, type NamedField } from "../../src/checks/allFieldsTrue";
import { defineRule } from "../../src/rule/rule";
import type { City } from "../../src/schema/subject";

/** The six cores of the service system, as the clause lists them. */
const SIX_ONES: readonly NamedField<City>[] = [
  { path: "sixOnes.governmentServiceCenter", name: { zh: "一站（政务服务中心）", en: "government service center" } },
  { path: "sixOnes.network", name: { zh: "一网（四级信息网络）", en: "four-level information network" } },
  { path: "sixOnes.platform", name: { zh: "一台（社区服务管理信息平台）", en: "community service information platform" } },
  { path: "sixOnes.database", name: { zh: "一库（社区服务管理共享数据库）", en: "shared community database" } },
  { path: "sixOnes.citizenWebPage", name: { zh: "一页（市民网页）", en: "citizen web page" } },
  { path: "sixOnes.socialSecurityCard", name: { zh: "一卡（社会保障卡）", en: "social security card" } },
];

export const sixOnes = defineRule({
  id: "guangzhou-2011/six-ones",
  document: "guangzhou-2011",
  article: "21",
  quote: "逐步形成一站(政務服務中心)、一網(四級信息網絡)、一臺(社區服務管理信息平臺)、一庫(社區服務管理共享數據庫)、一頁(市民網頁)、一卡(社會保障卡)為核心的統一協同、高效快捷的服務體系",
  displayQuote: "逐步形成一站(政务服务中心)、一网(四级信息网络)、一台(社区服务管理信息平台)、一库(社区服务管理共享数据库)、一页(市民网页)、一卡(社会保障卡)为核心的统一协同、高效快捷的服务体系",
  modality: "target",
  subject: "city",
  label: { zh: "“一站一网一台一库一页一卡”服务体系", en: "the six cores of the service system" },
  threshold: { items: SIX_ONES },
  note: "逐步形成 (formed step by step) with no date: a target, reported each time with the cores still lacking named. Asked of the city, which builds the network down to streets and communities. Added from the seed (issue 22).",
  check: (c, { threshold }) => allFieldsTrue(c, threshold.items),
});
