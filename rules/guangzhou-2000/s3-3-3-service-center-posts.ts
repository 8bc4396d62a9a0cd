import { atLeast } from "../../src/checks/atLeast";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Bilingual } from "../../src/types";
import { inPilot } from "./document";

const QUOTE = "区、街社区服务中心作为事业单位,指导社区服务工作,协调社区服务机构的规范运作和联动。分别配备5名和3名事业编制";

/** 分别配备5名和3名: one clause, two thresholds, so two rules; pilot district and streets only. */
const POSTS: readonly { id: string; subject: "district" | "street"; minPosts: number; label: Bilingual }[] = [
  { id: "guangzhou-2000/district-service-center-staff", subject: "district", minPosts: 5, label: { zh: "区社区服务中心事业编制", en: "district service center institutional posts" } },
  { id: "guangzhou-2000/street-service-center-staff", subject: "street", minPosts: 3, label: { zh: "街社区服务中心事业编制", en: "street service center institutional posts" } },
];

export const serviceCenterPosts = POSTS.map(({ id, subject, minPosts, label }) =>
  defineRule<"district" | "street", { minPosts: number }>({
    id,
    document: "guangzhou-2000",
    article: "三(三)3",
    quote: QUOTE,
    modality: "requirement",
    subject,
    label,
    threshold: { minPosts },
    note: "分别配备5名和3名: 5 posts for the district center, 3 for the street center. 区、街社区服务中心 names the centers of the pilot area, not only the 试点街: it binds a district or street in the pilot (the pilot district, its streets, and the pilot streets).",
    appliesWhen: inPilot,
    check: (s, { threshold }) => atLeast(field(s, "serviceCenterPosts"), threshold.minPosts, "people"),
  }),
);
