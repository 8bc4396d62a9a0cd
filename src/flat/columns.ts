import { CIVIL_ORGANIZATION_CATEGORIES, INSURANCES, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS } from "../schema/community";
import { CULTURE_STATION_GRADES } from "../schema/street";
import type { SubjectKind } from "../types";

/** How a cell is read. */
export type CellType =
  | "kind"
  | "text"
  | "count"
  | "amount"
  | "boolean"
  | "date"
  | "dates"
  | "enum"
  | "enums"
  | "area"
  | "present"
  | "assessments"
  | "civilOrganizations"
  | "pairedUnits";

export interface Column {
  /** The header text: the field's dot path, or `area.<function>`. */
  name: string;
  kinds: readonly SubjectKind[];
  type: CellType;
  /** For `enum` and `enums`. */
  values?: readonly string[];
  unit?: string;
  zh: string;
  en: string;
}

const ALL: readonly SubjectKind[] = ["community", "street", "district", "city", "project"];
const C: readonly SubjectKind[] = ["community"];
const col = (name: string, kinds: readonly SubjectKind[], type: CellType, zh: string, en: string, extra: Partial<Column> = {}): Column => ({ name, kinds, type, zh, en, ...extra });
const people = { unit: "人 / people" };
const m2 = { unit: "平方米 / m²" };
const yuan = { unit: "元 / yuan" };

const AREA_ZH: Record<(typeof ROOM_FUNCTIONS)[number], string> = {
  office: "居委会和工作站办公用房",
  "party-activity": "党员活动室",
  police: "社区警务室",
  "stability-governance": "维稳和综治办公室",
  mediation: "人民调解室",
  "elderly-home": "星光老年之家",
  "health-center": "社区健康服务中心",
  library: "社区图书室",
  "outdoor-plaza": "户外文体广场",
  "service-center": "社区服务中心",
  other: "其他用房",
};

/**
 * Every column of the flat row format (spreadsheets and CSV), in template order. A row has one
 * subject; blank cells are missing data; lists are `;`-separated in one cell.
 */
export const COLUMNS: readonly Column[] = [
  col("kind", ALL, "kind", "主体类型（默认 community）", "subject kind (default community)", { values: ALL }),
  col("id", ALL, "text", "编号（必填）", "id (required)"),
  col("name", ALL, "text", "名称", "name"),
  col("jurisdiction", ALL, "enum", "所属地区", "jurisdiction", { values: ["guangzhou", "longgang", "linyi", "dunhuang"] }),
  col("pilot", ALL, "boolean", "广州2000年试点区、街", "a Guangzhou 2000 pilot district or street"),
  col("population", ["community", "street", "city"], "count", "人口", "population", people),
  col("households", C, "count", "户数", "households", { unit: "户 / households" }),
  col("elderlyPopulation", ["community", "street", "city"], "count", "老年人口", "elderly population", people),
  col("volunteers", C, "count", "志愿者队伍人数", "volunteer team size", people),
  col("registeredVolunteers", C, "count", "注册登记志愿者", "registered volunteers", people),
  col("partyMembers", C, "count", "正式党员（组织关系在社区）", "formal party members", people),
  col("partyOrganization.form", C, "enum", "党组织形式", "party organization form", { values: PARTY_ORGANIZATION_FORMS }),
  col("partyOrganization.committeeMembers", C, "count", "党组织委员", "party committee members", people),
  col("partyOrganization.secretaries", C, "count", "书记", "secretaries", people),
  col("partyOrganization.deputySecretaries", C, "count", "副书记", "deputy secretaries", people),
  col("partyOrganization.hasFullTimeStaff", C, "boolean", "党组织有专职工作人员", "party organization has full-time staff"),
  col("partyOrganization.hasOffice", C, "boolean", "党组织有办公场所", "party organization has an office"),
  col("partyOrganization.hasActivityFunds", C, "boolean", "党组织有活动经费", "party organization has activity funds"),
  col("partyOrganization.jointMeetings", C, "dates", "党建联席会议日期（;分隔）", "joint meeting dates (;-separated)"),
  col("residentsCommittee.members", C, "count", "居委会成员", "residents committee members", people),
  col("residentsCommittee.directors", C, "count", "居委会主任", "directors", people),
  col("residentsCommittee.deputyDirectors", C, "count", "居委会副主任", "deputy directors", people),
  col("residentsCommittee.fullTimeStaff", C, "count", "居委会专职人员", "full-time staff", people),
  col("residentsCommittee.fullTimeStaffPartyMembers", C, "count", "专职人员中的党员", "party members among full-time staff", people),
  col("residentsCommittee.directorIsPartySecretary", C, "boolean", "书记兼任主任", "director is the party secretary"),
  col("residentsCommittee.membersOnPartyCommittee", C, "count", "居委会成员中的党组织委员", "committee members also on the party committee", people),
  col("residentsCommittee.election.direct", C, "boolean", "居委会直选产生", "committee directly elected"),
  col("residentsCommittee.election.eligibleVoters", C, "count", "选民人数", "eligible voters", people),
  col("residentsCommittee.election.participants", C, "count", "参加直选人数", "election participants", people),
  col("residentsCommittee.election.date", C, "date", "选举日期", "election date"),
  col("serviceStation", C, "boolean", "社区服务站", "service station"),
  col("oneStopServiceWindow", C, "boolean", "“一门式”服务窗口", "one-stop service window"),
  col("charitySupermarket", C, "boolean", "“爱心超市”等慈善机构", "charity outlet"),
  ...ROOM_FUNCTIONS.map((fn) => col(`area.${fn}`, C, "area", `${AREA_ZH[fn]}面积`, `${fn} area`, m2)),
  col("generalPractitioners", C, "count", "合格全科医生", "qualified general practitioners", people),
  col("civilOrganizations", C, "civilOrganizations", "社区民间组织类别（;分隔，专业类可写 professional:TRUE 表示承接政府事务）", "civil organization categories (;-separated; professional:TRUE takes on government affairs)", { values: CIVIL_ORGANIZATION_CATEGORIES }),
  col("funding.provincialPersonnelYuan", C, "amount", "省财政人员经费（每年）", "provincial personnel funding per year", yuan),
  col("funding.startupFundYuan", C, "amount", "启动资金", "startup fund", yuan),
  col("funding.oldCommunitySubsidyYuan", C, "amount", "老社区区财政补贴", "old-community subsidy", yuan),
  col("funding.workStation.totalYuan", C, "amount", "社区工作站经费总额", "work station budget", yuan),
  col("funding.workStation.districtYuan", C, "amount", "区承担", "district share", yuan),
  col("funding.workStation.streetYuan", C, "amount", "街道承担", "street share", yuan),
  col("funding.workStation.companyYuan", C, "amount", "股份合作公司承担", "company share", yuan),
  col("workers.annualPayYuan", C, "amount", "专职工作人员年工资福利", "workers' annual pay", yuan),
  col("workers.localAverageWagePreviousYearYuan", C, "amount", "上年度当地职工平均工资", "local average wage, previous year", yuan),
  col("workers.insurances", C, "enums", "已办理的保险（;分隔）", "insurances provided (;-separated)", { values: INSURANCES }),
  col("pairedUnits", C, "pairedUnits", "结对共建单位及每年实事（单位:年=件数,年=件数;…）", "paired units and practical matters (unit:year=count,…;…)"),
  col("villageConversion", C, "present", "“村改居”社区", "a village-conversion (村改居) community"),
  col("villageConversion.newlyEstablished", C, "boolean", "“村改居”新设立", "newly established village conversion"),
  col("villageConversion.officeSpaceProvidedM2", C, "amount", "股份公司提供的办公用房", "office space provided by the company", m2),
  col("urbanizationLandTransfer", C, "present", "城市化转地", "land transferred during urbanization"),
  col("urbanizationLandTransfer.reservedLandM2", C, "amount", "预留公共服务设施用地", "land reserved for public facilities", m2),
  col("oldCommunityWithoutSpace", C, "boolean", "无服务用房且无发展空间的老社区", "old community without service space"),
  col("shareholdingCompany", C, "boolean", "有股份合作公司", "has a shareholding company"),
  col("elderlyCareBeds", ["street", "city"], "count", "养老床位", "elderly care beds", { unit: "张 / beds" }),
  col("serviceCenterAreaM2", ["street", "district"], "amount", "社区服务中心面积", "service center area", m2),
  col("serviceCenterPosts", ["street", "district"], "count", "服务中心事业编制", "service center posts", people),
  col("cultureStationGrade", ["street"], "enum", "文化站等级", "culture station grade", { values: CULTURE_STATION_GRADES }),
  col("oneTeamThreeCenters.governmentServiceCenter", ["street"], "boolean", "政务服务中心", "government service center"),
  col("oneTeamThreeCenters.governanceCenter", ["street"], "boolean", "综治信访维稳中心", "governance center"),
  col("oneTeamThreeCenters.familyServiceCenter", ["street"], "boolean", "家庭综合服务中心（一队三中心）", "family service center (one team, three centers)"),
  col("oneTeamThreeCenters.lawEnforcementTeam", ["street"], "boolean", "综合执法队", "law enforcement team"),
  col("fiveOnes.familyServiceCenter", ["street"], "boolean", "家庭综合服务中心（五个一）", "family service center (five ones)"),
  col("fiveOnes.cultureCenter", ["street"], "boolean", "文化活动中心", "culture center"),
  col("fiveOnes.sportsPark", ["street"], "boolean", "体育休闲公园", "sports park"),
  col("fiveOnes.healthServiceCenter", ["street"], "boolean", "卫生服务中心", "health service center"),
  col("fiveOnes.videoSurveillance", ["street"], "boolean", "视频监控系统", "video surveillance"),
  col("assessments", ["street"], "assessments", "年度考核（年:TRUE/FALSE;…）", "yearly assessments (year:TRUE/FALSE;…)"),
  col("socialWorkers", ["city"], "count", "社工", "social workers", people),
  col("residentsCommittees", ["city"], "count", "居委会总数", "residents committees", { unit: "个 / committees" }),
  col("directlyElectedCommittees", ["city"], "count", "直选产生的居委会", "directly elected committees", { unit: "个 / committees" }),
  col("nationalModelCommunities", ["city"], "count", "全国和谐社区示范单位", "national model communities", { unit: "个 / communities" }),
  col("modelSelections", ["city"], "dates", "示范评选日期（;分隔）", "model selection dates (;-separated)"),
  col("buildingAreaM2", ["project"], "amount", "建筑面积", "building area", m2),
  col("serviceSpaceM2", ["project"], "amount", "社区综合服务用房", "community service space", m2),
  col("salePricePerM2Yuan", ["project"], "amount", "售房单价", "sale price per m²", { unit: "元/平方米 / yuan per m²" }),
  col("inLieuPaidYuan", ["project"], "amount", "已代缴资金", "paid in lieu", yuan),
  col("serviceSpaceDelivered", ["project"], "boolean", "服务用房已交付", "service space delivered"),
  col("accepted", ["project"], "boolean", "已验收", "accepted"),
  col("phased", ["project"], "boolean", "分期建设", "built in phases"),
  col("serviceSpacePhase", ["project"], "count", "服务用房建设期次", "phase of the service space", { unit: "期 / phase" }),
];
