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

function labelOf(path: string): string {
  const room = /^rooms\[function=([a-z-]+)\]$/.exec(path);
  if (room) return COLUMN_LABELS[`area.${room[1]}`] ?? `${(ENUM_LABELS.roomFunction as Record<string, { zh: string }>)[room[1]!]?.zh ?? room[1]}面积`;
  const year = /^assessments\[year=(\d+)\]$/.exec(path);
  if (year) return `${year[1]}年度考核`;
  const plain = path.replace(/\[\d+\]/g, "");
  return COLUMN_LABELS[plain] ?? OTHER_FIELDS[plain] ?? path;
}
