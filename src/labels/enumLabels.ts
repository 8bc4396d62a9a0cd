import type { Bilingual } from "../types";

const freeze = <T extends Record<string, Record<string, Bilingual>>>(table: T): T => {
  for (const group of Object.values(table)) {
    for (const label of Object.values(group)) Object.freeze(label);
    Object.freeze(group);
  }
  return Object.freeze(table);
};

/**
 * The Chinese (and English) name of every enumerated value, by the field it belongs to. Output
 * shows these; spreadsheet input accepts them beside the codes (党支部 as well as branch).
 *
 * @example ENUM_LABELS.partyOrganizationForm.branch.zh // "党支部"
 */
export const ENUM_LABELS = freeze({
  kind: {
    community: { zh: "社区", en: "community" },
    street: { zh: "街道", en: "street" },
    district: { zh: "区", en: "district" },
    city: { zh: "市", en: "city" },
    project: { zh: "住宅项目", en: "project" },
  },
  jurisdiction: {
    guangzhou: { zh: "广州", en: "guangzhou" },
    longgang: { zh: "龙岗", en: "longgang" },
    linyi: { zh: "临沂", en: "linyi" },
    dunhuang: { zh: "敦煌", en: "dunhuang" },
  },
  partyOrganizationForm: {
    none: { zh: "无", en: "none" },
    branch: { zh: "党支部", en: "branch" },
    "general-branch": { zh: "党总支", en: "general-branch" },
    "joint-branch": { zh: "联合党支部", en: "joint-branch" },
  },
  cultureStationGrade: {
    none: { zh: "无", en: "none" },
    third: { zh: "省三级", en: "third" },
    second: { zh: "省二级", en: "second" },
    first: { zh: "省一级", en: "first" },
    special: { zh: "特级", en: "special" },
  },
  roomFunction: {
    office: { zh: "办公用房", en: "office" },
    "party-activity": { zh: "党员活动室", en: "party-activity" },
    police: { zh: "警务室", en: "police" },
    "stability-governance": { zh: "维稳综治办公室", en: "stability-governance" },
    mediation: { zh: "人民调解室", en: "mediation" },
    "elderly-home": { zh: "星光老年之家", en: "elderly-home" },
    "health-center": { zh: "社区健康服务中心", en: "health-center" },
    library: { zh: "图书室", en: "library" },
    "outdoor-plaza": { zh: "户外文体广场", en: "outdoor-plaza" },
    "service-center": { zh: "社区服务中心", en: "service-center" },
    other: { zh: "其他用房", en: "other" },
  },
  civilOrganizationCategory: {
    "culture-sports": { zh: "文体类", en: "culture-sports" },
    service: { zh: "服务类", en: "service" },
    rights: { zh: "维权类", en: "rights" },
    donation: { zh: "捐助类", en: "donation" },
    professional: { zh: "专业类", en: "professional" },
    other: { zh: "其他", en: "other" },
  },
  insurance: {
    pension: { zh: "养老保险", en: "pension" },
    medical: { zh: "医疗保险", en: "medical" },
    unemployment: { zh: "失业保险", en: "unemployment" },
    "work-injury": { zh: "工伤保险", en: "work-injury" },
    maternity: { zh: "生育保险", en: "maternity" },
  },
  modality: {
    requirement: { zh: "要求", en: "requirement" },
    target: { zh: "目标", en: "target" },
    guidance: { zh: "指导", en: "guidance" },
    permission: { zh: "可以", en: "permission" },
  },
});

/** The name of a list of coded values that has Chinese and English labels (`kind`, `modality`, `partyOrganizationForm`…). */
export type EnumName = keyof typeof ENUM_LABELS;
