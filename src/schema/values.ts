// The enumerated values of the subject schema, apart from the zod schemas themselves, so that code
// which only needs the lists (the flat format, the spreadsheet bundle) does not pull in zod.

export const ROOM_FUNCTIONS = [
  "office",
  "party-activity",
  "police",
  "stability-governance",
  "mediation",
  "elderly-home",
  "health-center",
  "library",
  "outdoor-plaza",
  "service-center",
  "other",
] as const;
export type RoomFunction = (typeof ROOM_FUNCTIONS)[number];

export const CIVIL_ORGANIZATION_CATEGORIES = ["culture-sports", "service", "rights", "donation", "professional", "other"] as const;
export const INSURANCES = ["pension", "medical", "unemployment", "work-injury", "maternity"] as const;
export const PARTY_ORGANIZATION_FORMS = ["none", "branch", "general-branch", "joint-branch"] as const;
/**
 * A party organization of the community's own: what 一居一支部, 一居民区一支部 and 一社区一支部 ask for,
 * a branch or a general branch (Dunhuang: (总支、支部)). A joint branch shared with other
 * communities is not the community's own, read so in every document (Longgang art. 12 too).
 */
export const OWN_PARTY_ORGANIZATION_FORMS = ["branch", "general-branch"] as const;
export const CULTURE_STATION_GRADES = ["none", "third", "second", "first", "special"] as const;
export type CultureStationGrade = (typeof CULTURE_STATION_GRADES)[number];
export const JURISDICTIONS = ["guangzhou", "longgang", "linyi", "dunhuang"] as const;
export const SUBJECT_KINDS = ["community", "street", "district", "city", "project"] as const;

/** Years the schema accepts in assessments and practical matters. */
export const YEARS = { min: 1949, max: 2100 } as const;
