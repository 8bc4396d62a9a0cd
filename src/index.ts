// The public API, one name per line, in alphabetical order. Anything not exported here is internal.
export { citySchema } from "./schema/city";
export { COLUMN_DOCS } from "./flat/columnDocs";
export { COLUMN_LABELS } from "./labels/columnLabels";
export { COLUMNS } from "./flat/columns";
export { communitySchema } from "./schema/community";
export { createEvaluator } from "./api/createEvaluator";
export { districtSchema } from "./schema/district";
export { documents } from "../rules";
export { ENUM_LABELS } from "./labels/enumLabels";
export { evaluate } from "./api/evaluate";
export { fieldLabel } from "./labels/fieldLabel";
export { governmentPurchasePrice } from "./calculators/governmentPurchasePrice";
export { inLieuPayment } from "./calculators/inLieuPayment";
export { projectInLieuPayment } from "./calculators/projectInLieuPayment";
export { projectSchema } from "./schema/project";
export { requiredCount } from "./calculators/requiredCount";
export { requiredServiceSpace } from "./calculators/requiredServiceSpace";
export { requiredStreetServiceCenterArea } from "./calculators/requiredStreetServiceCenterArea";
export { rowToSubject } from "./flat/rowToSubject";
export { RULE_IDS } from "./ruleIds";
export { rules } from "./rules";
export { safeEvaluate } from "./api/safeEvaluate";
export { splitWorkStationFunding } from "./calculators/splitWorkStationFunding";
export { STATUS_LABELS } from "./labels/statusLabels";
export { streetSchema } from "./schema/street";
export { subjectJsonSchema } from "./schema/subjectJsonSchema";
export { subjectSchema } from "./schema/subject";
export { SubjectValidationError } from "./errors";
export { summarize } from "./api/evaluate";

export type { CellProblem, RowResult } from "./flat/rowToSubject";
export type { CellType, CellUnit, Column } from "./flat/columns";
export type { EnumName } from "./labels/enumLabels";
export type { EvaluateOptions } from "./api/evaluate";
export type { Evaluator, FindingsOption, Verdict } from "./api/createEvaluator";
export type { InputProblem } from "./schema/describeIssues";
export type { Rule, RuleInfo } from "./rule/rule";
export type { RuleId } from "./ruleIds";
export type { SafeEvaluateResult } from "./api/safeEvaluate";
export type { City, Community, District, Project, Street, Subject } from "./schema/subject";
export type {
  AnyMessage,
  Bilingual,
  Citation,
  Comparison,
  Consequence,
  DocumentId,
  Finding,
  FindingSubject,
  Jurisdiction,
  Language,
  LeanReport,
  LeanSubject,
  MeasuredFinding,
  MessageIn,
  Modality,
  Report,
  Requirement,
  SourceDocument,
  Status,
  StatusCounts,
  SubjectKind,
  TimelineStep,
  Unit,
  UnmeasuredFinding,
} from "./types";
