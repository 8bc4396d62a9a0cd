import type { NamedField } from "../../src/checks/allFieldsTrue";
import { isTrue } from "../../src/checks/isTrue";
import { type BooleanPath, field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";
import type { Community } from "../../src/schema/community";
import type { Bilingual } from "../../src/types";

/** 社区建设的目标: two standards a community is to reach, each by the end of its year. */
const GOALS: readonly { id: string; quote: string; path: BooleanPath<Community>; due: string; label: Bilingual }[] = [
  {
    id: "longgang-2005/shenzhen-standard-by-2007",
    quote: "到2007年,全区社区基本达到深圳市社区建设的达标标准",
    path: "meetsShenzhenStandard",
    due: "2007-12-31",
    label: { zh: "达到深圳市社区建设达标标准（2007年）", en: "meets Shenzhen's community-building standard (by 2007)" },
  },
  {
    id: "longgang-2005/model-standard-by-2010",
    quote: "到2010年,全区社区基本达到国家和省级示范社区标准",
    path: "meetsModelStandard",
    due: "2010-12-31",
    label: { zh: "达到国家和省级示范社区标准（2010年）", en: "meets the national and provincial model-community standard (by 2010)" },
  },
];

export const article5 = GOALS.map(({ id, quote, path, due, label }) =>
  defineRule({
    id,
    document: "longgang-2005",
    article: "第五条",
    quote,
    modality: "target",
    subject: "community",
    label,
    threshold: { path },
    due,
    note: "社区建设的目标 (a target): 全区社区基本达到 is read community by community; whether a community meets the standard is what the officer records, the library does not re-derive it. 到…年 is the end of that year (spec section 1).",
    check: (c, { threshold }) => isTrue(field(c, threshold.path)),
  }),
);
