import { COLUMN_LABELS } from "./columnLabels";
import { ENUM_LABELS } from "./enumLabels";

// Paths a rule can name as missing that are not columns of their own.
const OTHER_FIELDS: Readonly<Record<string, string>> = {
  rooms: "用房面积",
  "pairedUnits.practicalMatters": "结对共建单位每年实事",
  residentsCommittee: "居委会",
  partyOrganization: "党组织",
  "residentsCommittee.election": "居委会选举",
  funding: "经费",
  "funding.workStation": "社区工作站经费",
  workers: "专职工作人员",
};

/**
 * The Chinese name of a field path as a person knows it (the flat format's header), or the path
 * itself where none is known: what a Chinese message says is missing.
 *
 * @example fieldLabel("rooms[function=police]") // "警务室面积"
 * @example fieldLabel("residentsCommittee.members") // "居委会成员数"
 * @example fieldLabel("assessments[year=2009]") // "2009年度考核"
 */
export function fieldLabel(path: string): string {
  let label = known.get(path);
  if (label === undefined) {
    label = labelOf(path);
    if (known.size < 1000) known.set(path, label);
  }
  return label;
}

// Every insufficient-data finding names its missing fields, and the paths rules name are few: their
// names are worked out once (a bounded number of them, whatever paths a caller's rules invent).
const known = new Map<string, string>();

// The lists of a subject whose items a path can name by number, with what one item is called and
// its fields; and the lists of subjects a district or street holds.
const ITEMS: Readonly<Record<string, { noun: string; fields: Readonly<Record<string, string>> }>> = {
  rooms: { noun: "用房", fields: { name: "名称", functions: "用途", areaM2: "面积" } },
  civilOrganizations: { noun: "社区民间组织", fields: { name: "名称", category: "类别", takesOnGovernmentAffairs: "是否承接政府社会事务" } },
  pairedUnits: { noun: "结对共建单位", fields: { name: "名称", practicalMatters: "每年实事" } },
  practicalMatters: { noun: "实事记录", fields: { year: "年度", count: "件数" } },
  assessments: { noun: "考核记录", fields: { year: "年度", passed: "是否合格" } },
};
const SUBJECT_LISTS: Readonly<Record<string, string>> = { districts: "区", streets: "街道", communities: "社区" };

function labelOf(path: string): string {
  const room = /^rooms\[function=([a-z-]+)\]$/.exec(path);
  if (room) return COLUMN_LABELS[`area.${room[1]}`] ?? `${(ENUM_LABELS.roomFunction as Record<string, { zh: string }>)[room[1]!]?.zh ?? room[1]}面积`;
  const year = /^assessments\[year=(\d+)\]$/.exec(path);
  if (year) return `${year[1]}年度考核`;
  const plain = path.replace(/\[\d+\]/g, "");
  return (plain === path ? undefined : itemLabel(path)) ?? COLUMN_LABELS[plain] ?? OTHER_FIELDS[plain] ?? path;
}

/**
 * An item of a list by its number, as a clerk counts (from 1): `civilOrganizations[2].category` is
 * 第3个社区民间组织的类别, `streets[0].communities[1].population` 第1个街道的第2个社区的人口.
 */
function itemLabel(path: string): string | undefined {
  const item = /^([A-Za-z]+)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!item) return undefined;
  const [, list, index, rest] = item as unknown as [string, string, string, string | undefined];
  const nth = Number(index) + 1;
  const subjects = SUBJECT_LISTS[list];
  if (subjects !== undefined) return rest === undefined ? `第${nth}个${subjects}` : `第${nth}个${subjects}的${fieldLabel(rest)}`;
  const known = ITEMS[list];
  if (known === undefined) return undefined;
  if (rest === undefined) return `第${nth}个${known.noun}`;
  const [head] = rest.split(/[.[]/, 1) as [string];
  const inner = rest === head ? known.fields[head] : (itemLabel(rest) ?? known.fields[head]);
  return inner === undefined ? undefined : `第${nth}个${known.noun}的${inner}`;
}
