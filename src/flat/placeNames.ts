import type { Jurisdiction, SubjectKind } from "../types";

// The province before a city, as an address or a stamp writes it (广东省广州市).
const PROVINCE = /^(广东省?|山东省?|甘肃省?)/;

// The districts and counties of each city whose document the library holds. Guangzhou's include
// those merged away since 2000 (东山区 into 越秀区, 芳村区 into 荔湾区, 萝岗区 into 黄埔区), since a
// record of the pilot years names them.
const GUANGZHOU = ["越秀", "海珠", "荔湾", "天河", "白云", "黄埔", "番禺", "花都", "南沙", "从化", "增城", "东山", "芳村", "萝岗"];
const LINYI = ["兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县", "苍山县", "费县", "平邑县", "莒南县", "蒙阴县", "临沭县"];

const PLACES = new Map<string, Jurisdiction>([
  ...["广州", "广州市"].map((n) => [n, "guangzhou"] as const),
  ...GUANGZHOU.flatMap((d) => [`${d}区`, `广州市${d}区`, `广州${d}区`]).map((n) => [n, "guangzhou"] as const),
  ...["龙岗", "龙岗区", "深圳市龙岗区", "深圳龙岗区", "深圳龙岗", "深圳市龙岗"].map((n) => [n, "longgang"] as const),
  ...["临沂", "临沂市", ...LINYI, ...LINYI.map((d) => `临沂市${d}`)].map((n) => [n, "linyi"] as const),
  ...["敦煌", "敦煌市", "酒泉市敦煌市", "酒泉敦煌"].map((n) => [n, "dunhuang"] as const),
]);

/**
 * A place as an office writes it in 所属地区, as the jurisdiction whose documents bind it: the city,
 * its districts and counties, with or without the city or province before them.
 *
 * @example jurisdictionOfPlace("深圳市龙岗区") // "longgang"
 * @example jurisdictionOfPlace("广东省广州市越秀区") // "guangzhou"
 */
export function jurisdictionOfPlace(text: string): Jurisdiction | undefined {
  const name = text.replace(/\s+/g, "");
  return PLACES.get(name) ?? PLACES.get(name.replace(PROVINCE, ""));
}

const KINDS = new Map<string, SubjectKind>([
  ...["社区", "社区居委会", "居委会", "社区居民委员会", "居民委员会"].map((n) => [n, "community"] as const),
  ...["街道", "街道办事处", "街道办", "街道办事处（街道）"].map((n) => [n, "street"] as const),
  ...["区", "市辖区", "区政府"].map((n) => [n, "district"] as const),
  ...["市", "市政府"].map((n) => [n, "city"] as const),
  ...["住宅项目", "新建住宅项目", "住宅小区项目", "房地产项目", "房地产开发项目", "项目"].map((n) => [n, "project"] as const),
]);

/**
 * A 主体类型 cell as an office writes it (社区居委会, 街道办事处, 房地产项目…), as the kind of subject.
 *
 * @example kindOfName("社区居委会") // "community"
 */
export function kindOfName(text: string): SubjectKind | undefined {
  return KINDS.get(text.replace(/\s+/g, ""));
}
