// The public API, in alphabetical order. Anything not exported here is internal.
export { documents } from "../rules";
export { governmentPurchasePrice } from "./calculators/governmentPurchasePrice";
export { inLieuPayment } from "./calculators/inLieuPayment";
export { projectInLieuPayment } from "./calculators/projectInLieuPayment";
export { requiredCount } from "./calculators/requiredCount";
export { requiredServiceSpace } from "./calculators/requiredServiceSpace";
export { requiredStreetServiceCenterArea } from "./calculators/requiredStreetServiceCenterArea";
export { splitWorkStationFunding } from "./calculators/splitWorkStationFunding";
export { type EvaluateOptions, evaluate, summarize } from "./engine/evaluate";
export { COLUMN_DOCS } from "./flat/columnDocs";
export { COLUMNS, type CellType, type Column } from "./flat/columns";
export { type CellProblem, type RowResult, rowToSubject } from "./flat/rowToSubject";
export type { Rule, RuleInfo } from "./engine/rule";
export { type SafeEvaluateResult, safeEvaluate } from "./engine/safeEvaluate";
export { SubjectValidationError } from "./errors";
export { rules } from "./rules";
export { type City, citySchema } from "./schema/city";
export { type Community, communitySchema } from "./schema/community";
export type { InputProblem } from "./schema/describeIssues";
export { type District, districtSchema } from "./schema/district";
export { type Project, projectSchema } from "./schema/project";
export { type Street, streetSchema } from "./schema/street";
export { type Subject, subjectSchema } from "./schema/subject";
export { subjectJsonSchema } from "./schema/subjectJsonSchema";
export type {
  Bilingual,
  Citation,
  Comparison,
  Consequence,
  DocumentId,
  Finding,
  FindingSubject,
  Jurisdiction,
  Modality,
  Report,
  Requirement,
  SourceDocument,
  Status,
  StatusCounts,
  SubjectKind,
  TimelineStep,
  Unit,
} from "./types";
