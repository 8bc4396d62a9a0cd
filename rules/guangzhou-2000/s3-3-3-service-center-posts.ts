import { atLeast } from "../../src/checks/atLeast";
import { appliesIf } from "../../src/engine/applicability";
import { field } from "../../src/engine/field";
import { defineRule } from "../../src/engine/rule";
import { NOT_A_PILOT } from "./document";

const ARTICLE = "三(三)3";
const QUOTE = "区、街社区服务中心作为事业单位,指导社区服务工作,协调社区服务机构的规范运作和联动。分别配备5名和3名事业编制";
const NOTE = "分别配备5名和3名: 5 posts for the district center, 3 for the street center; pilot district and streets only.";

export const districtServiceCenterStaff = defineRule({
  id: "guangzhou-2000/district-service-center-staff",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: QUOTE,
  modality: "requirement",
  subject: "district",
  label: { zh: "区社区服务中心事业编制", en: "district service center institutional posts" },
  threshold: { minPosts: 5 },
  note: NOTE,
  appliesWhen: (d) => appliesIf(field(d, "pilot"), NOT_A_PILOT),
  check: (d, { threshold }) => atLeast(field(d, "serviceCenterPosts"), threshold.minPosts, "people"),
});

export const streetServiceCenterStaff = defineRule({
  id: "guangzhou-2000/street-service-center-staff",
  document: "guangzhou-2000",
  article: ARTICLE,
  quote: QUOTE,
  modality: "requirement",
  subject: "street",
  label: { zh: "街社区服务中心事业编制", en: "street service center institutional posts" },
  threshold: { minPosts: 3 },
  note: NOTE,
  appliesWhen: (s) => appliesIf(field(s, "pilot"), NOT_A_PILOT),
  check: (s, { threshold }) => atLeast(field(s, "serviceCenterPosts"), threshold.minPosts, "people"),
});
