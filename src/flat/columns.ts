import { CIVIL_ORGANIZATION_CATEGORIES, CULTURE_STATION_GRADES, INSURANCES, JURISDICTIONS, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS, SUBJECT_KINDS } from "../schema/values";
import { deepFreeze } from "../deepFreeze";
import type { EnumName } from "../labels/enumLabels";
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

/** A column of the flat format: the field it fills, the kinds of subject that have it, how its cells are read. */
export interface Column {
  /** The header text: the field's dot path, or `area.<function>`. */
  name: string;
  kinds: readonly SubjectKind[];
  type: CellType;
  /** For `enum` and `enums`. */
  values?: readonly string[];
  /** For `count`, where the schema asks for more than 0. */
  min?: number;
  /** For numbers: the unit a cell may write after its figure (`120平方米`); another unit is an error. */
  unit?: CellUnit;
  /** For `enum`, `enums` and `civilOrganizations`: whose Chinese labels a cell may use (`党支部`). */
  labels?: EnumName;
}

/** The unit of a numeric column, as a person may write it after the figure. */
export type CellUnit = "m2" | "yuan" | "yuan-per-m2" | "people" | "households" | "beds" | "count" | "phase";

// Units follow the field's name (…M2, …Yuan) unless listed here.
const COUNT_UNITS: Readonly<Record<string, CellUnit>> = {
  households: "households",
  elderlyCareBeds: "beds",
  residentsCommittees: "count",
  directlyElectedCommittees: "count",
  nationalModelCommunities: "count",
  advancedCommunities: "count",
  serviceSpacePhase: "phase",
};
const LABELS: Readonly<Record<string, EnumName>> = {
  kind: "kind",
  jurisdiction: "jurisdiction",
  "partyOrganization.form": "partyOrganizationForm",
  cultureStationGrade: "cultureStationGrade",
  civilOrganizations: "civilOrganizationCategory",
  "workers.insurances": "insurance",
};

function unitOf(name: string, type: CellType): CellUnit | undefined {
  if (type === "area" || name.endsWith("M2")) return "m2";
  if (name.endsWith("PerM2Yuan")) return "yuan-per-m2";
  if (name.endsWith("Yuan")) return "yuan";
  if (type === "count") return COUNT_UNITS[name] ?? "people";
  return undefined;
}

const ALL: readonly SubjectKind[] = SUBJECT_KINDS;
const C: readonly SubjectKind[] = ["community"];
function col(name: string, kinds: readonly SubjectKind[], type: CellType, values?: readonly string[], min?: number): Column {
  const unit = unitOf(name, type);
  const labels = LABELS[name];
  return Object.freeze({ name, kinds, type, ...(values && { values }), ...(min !== undefined && { min }), ...(unit && { unit }), ...(labels && { labels }) });
}

/**
 * Every column of the flat row format (spreadsheets and CSV), in template order. A row has one
 * subject; blank cells are missing data; lists are `;`-separated in one cell.
 */
export const COLUMNS: readonly Column[] = deepFreeze([
  col("kind", ALL, "kind", ALL),
  col("id", ALL, "text"),
  col("name", ALL, "text"),
  col("jurisdiction", ALL, "enum", JURISDICTIONS),
  col("pilot", ALL, "boolean"),
  col("population", ["community", "street", "city"], "count"),
  col("households", C, "count"),
  col("elderlyPopulation", ["community", "street", "city"], "count"),
  col("volunteers", C, "count"),
  col("registeredVolunteers", C, "count"),
  col("partyMembers", C, "count"),
  col("partyOrganization.form", C, "enum", PARTY_ORGANIZATION_FORMS),
  col("partyOrganization.committeeMembers", C, "count"),
  col("partyOrganization.secretaries", C, "count"),
  col("partyOrganization.deputySecretaries", C, "count"),
  col("partyOrganization.hasFullTimeStaff", C, "boolean"),
  col("partyOrganization.hasOffice", C, "boolean"),
  col("partyOrganization.hasActivityFunds", C, "boolean"),
  col("partyOrganization.lacksGeneralBranchConditions", C, "boolean"),
  col("partyOrganization.jointMeetings", C, "dates"),
  col("residentsCommittee.members", C, "count"),
  col("residentsCommittee.directors", C, "count"),
  col("residentsCommittee.deputyDirectors", C, "count"),
  col("residentsCommittee.fullTimeStaff", C, "count"),
  col("residentsCommittee.fullTimeStaffPartyMembers", C, "count"),
  col("residentsCommittee.directorIsPartySecretary", C, "boolean"),
  col("residentsCommittee.membersOnPartyCommittee", C, "count"),
  col("residentsCommittee.election.direct", C, "boolean"),
  col("residentsCommittee.election.eligibleVoters", C, "count"),
  col("residentsCommittee.election.participants", C, "count"),
  col("residentsCommittee.election.date", C, "date"),
  col("serviceStation", C, "boolean"),
  col("committeeStationCoLocated", C, "boolean"),
  col("activityFundingByResidents", C, "boolean"),
  col("committeeElected", C, "boolean"),
  col("consultativeCouncil", C, "boolean"),
  col("representativeAssembly", C, "boolean"),
  col("buildingPartyBranches", C, "boolean"),
  col("reviewCommittee", C, "boolean"),
  col("workersCertified", C, "boolean"),
  col("publicNoticeBoard", C, "boolean"),
  col("jointMeetingMinutes", C, "boolean"),
  col("oneStopServiceWindow", C, "boolean"),
  col("partyStations.floatingMemberService", C, "boolean"),
  col("partyStations.floatingMemberRegistration", C, "boolean"),
  col("partyStations.employedMemberLiaison", C, "boolean"),
  col("partyCoordinationCommittee", C, "boolean"),
  col("committeeMembersAtWorkStation", C, "count"),
  col("secretaryHeadsWorkStation", C, "boolean"),
  col("leadersCrossAppointed", C, "boolean"),
  ...ROOM_FUNCTIONS.map((fn) => col(`area.${fn}`, C, "area")),
  col("generalPractitioners", C, "count"),
  col("civilOrganizations", C, "civilOrganizations", CIVIL_ORGANIZATION_CATEGORIES),
  col("funding.provincialPersonnelYuan", C, "amount"),
  col("funding.startupFundYuan", C, "amount"),
  col("funding.oldCommunitySubsidyYuan", C, "amount"),
  col("spaceConstructionCostPerM2Yuan", C, "amount"),
  col("funding.workStation.totalYuan", C, "amount"),
  col("funding.workStation.districtYuan", C, "amount"),
  col("funding.workStation.streetYuan", C, "amount"),
  col("funding.workStation.companyYuan", C, "amount"),
  col("workers.annualPayYuan", C, "amount"),
  col("workers.localAverageWagePreviousYearYuan", C, "amount"),
  col("workers.insurances", C, "enums", INSURANCES),
  col("workers.reviews", C, "dates"),
  col("pairedUnits", C, "pairedUnits"),
  col("villageConversion", C, "present"),
  col("villageConversion.newlyEstablished", C, "boolean"),
  col("villageConversion.officeSpaceProvidedM2", C, "amount"),
  col("constructionFundingShared", C, "boolean"),
  col("urbanizationLandTransfer", C, "present"),
  col("urbanizationLandTransfer.reservedLandM2", C, "amount"),
  col("oldCommunityWithoutSpace", C, "boolean"),
  col("underdevelopedWithoutHousing", C, "boolean"),
  col("nonEnterpriseUnitCommunity", C, "boolean"),
  col("unitProvidesSpace", C, "boolean"),
  col("shareholdingCompany", C, "boolean"),
  col("urbanizationTransition", C, "boolean"),
  col("meetsShenzhenStandard", C, "boolean"),
  col("meetsModelStandard", C, "boolean"),
  col("elderlyCareBeds", ["street", "city"], "count"),
  col("serviceCenterAreaM2", ["street", "district"], "amount"),
  col("serviceCenterPosts", ["street", "district"], "count"),
  col("cultureStationGrade", ["street"], "enum", CULTURE_STATION_GRADES),
  col("oneTeamThreeCenters.governmentServiceCenter", ["street"], "boolean"),
  col("oneTeamThreeCenters.governanceCenter", ["street"], "boolean"),
  col("oneTeamThreeCenters.familyServiceCenter", ["street"], "boolean"),
  col("oneTeamThreeCenters.lawEnforcementTeam", ["street"], "boolean"),
  col("fiveOnes.familyServiceCenter", ["street"], "boolean"),
  col("fiveOnes.cultureCenter", ["street"], "boolean"),
  col("fiveOnes.sportsPark", ["street"], "boolean"),
  col("fiveOnes.healthServiceCenter", ["street"], "boolean"),
  col("fiveOnes.videoSurveillance", ["street"], "boolean"),
  col("welfareServiceCenter", ["street"], "boolean"),
  col("serviceCenter", ["street"], "boolean"),
  col("charitySupermarket", ["street"], "boolean"),
  col("communityBuildingCoordinationGroup", ["street"], "boolean"),
  col("committeeOfficesResolved", ["street"], "boolean"),
  col("familyServiceCenterPurchased", ["street"], "boolean"),
  col("partyWorkCommittee", ["street"], "boolean"),
  col("massOrganizations.tradeUnion", ["street"], "boolean"),
  col("massOrganizations.youthLeague", ["street"], "boolean"),
  col("massOrganizations.womensOrganization", ["street"], "boolean"),
  col("partyConduct.supervisionStation", ["street"], "boolean"),
  col("partyConduct.contactCards", ["street"], "boolean"),
  col("consultativeCommittee", ["street"], "boolean"),
  col("network.serviceCenter", ["street"], "boolean"),
  col("network.touchScreens", ["street"], "boolean"),
  col("oneHallServiceCenter", ["street"], "boolean"),
  col("incompleteInfrastructure", ["street"], "boolean"),
  col("renovationPlans", ["street"], "dates"),
  col("partyCoordinationCommittee.chairIsWorkingCommitteeSecretary", ["street"], "boolean"),
  col("partyCoordinationCommittee.officeWithPersonnelDepartment", ["street"], "boolean"),
  col("partyCoordinationCommittee.deputySecretaryInCharge", ["street"], "boolean"),
  col("assessments", ["street"], "assessments"),
  col("socialWorkers", ["city"], "count"),
  col("residentsCommittees", ["city"], "count"),
  col("directlyElectedCommittees", ["city"], "count"),
  col("nationalModelCommunities", ["city"], "count"),
  col("advancedCommunities", ["city"], "count"),
  col("modelSelections", ["city"], "dates"),
  col("workerTrainings", ["city"], "dates"),
  col("socialConstructionCommittee", ["city", "district"], "boolean"),
  col("serviceCenterStaffInBudget", ["district"], "boolean"),
  col("serviceUnitReviews", ["district"], "dates"),
  col("socialOrganizationFund", ["city"], "boolean"),
  col("basicServiceCatalogue", ["city"], "boolean"),
  col("volunteerNetwork", ["city"], "boolean"),
  col("leadingGroup.established", ["city"], "boolean"),
  col("leadingGroup.officeEstablishment", ["city"], "boolean"),
  col("leadingGroup.fullTimeStaff", ["city"], "boolean"),
  col("leadingGroup.funds", ["city"], "boolean"),
  col("workSubsidyRaised", ["city"], "boolean"),
  col("newServiceSystem", ["city"], "boolean"),
  col("sixOnes.governmentServiceCenter", ["city"], "boolean"),
  col("sixOnes.network", ["city"], "boolean"),
  col("sixOnes.platform", ["city"], "boolean"),
  col("sixOnes.database", ["city"], "boolean"),
  col("sixOnes.citizenWebPage", ["city"], "boolean"),
  col("sixOnes.socialSecurityCard", ["city"], "boolean"),
  col("buildingAreaM2", ["project"], "amount"),
  col("serviceSpaceM2", ["project"], "amount"),
  col("salePricePerM2Yuan", ["project"], "amount"),
  col("inLieuPaidYuan", ["project"], "amount"),
  col("serviceSpaceAgreementSigned", ["project"], "boolean"),
  col("serviceSpaceDelivered", ["project"], "boolean"),
  col("accepted", ["project"], "boolean"),
  col("phased", ["project"], "boolean"),
  col("serviceSpaceSynchronized", ["project"], "boolean"),
  col("jointAcceptance", ["project"], "boolean"),
  col("serviceSpaceTitleToDistrict", ["project"], "boolean"),
  col("serviceSpaceUseByCommunity", ["project"], "boolean"),
  col("inOldCommunityLackingSpace", ["project"], "boolean"),
  col("oldCommunitySpaceFirst", ["project"], "boolean"),
  col("officeSpaceContracted", ["project"], "boolean"),
  col("contractOfficeSpaceM2", ["project"], "amount"),
  col("contractOfficeSpaceProvidedM2", ["project"], "amount"),
  col("serviceSpacePhase", ["project"], "count", undefined, 1),
]);
