// A user's file: every public export of every entry point, used as the README documents it, compiled
// against the packed package's declarations and run. tests/package/consumer.test.ts checks that no
// export is left out. No top-level await, so the same file compiles as CommonJS too.
import { strict as assert } from "node:assert";
import {
  type AnyMessage,
  type Bilingual,
  type CellProblem,
  type CellType,
  type CellUnit,
  type Citation,
  type City,
  COLUMN_DOCS,
  COLUMN_LABELS,
  COLUMNS,
  type Column,
  type Community,
  type Comparison,
  type Consequence,
  type District,
  type DocumentId,
  ENUM_LABELS,
  type EnumName,
  type EvaluateOptions,
  type Evaluator,
  type Finding,
  type FindingSubject,
  type FindingsOption,
  type InputProblem,
  type Jurisdiction,
  type Language,
  type LeanReport,
  type LeanSubject,
  type MeasuredFinding,
  type MessageIn,
  type Modality,
  type Project,
  RULE_IDS,
  type Report,
  type Requirement,
  type RowResult,
  type Rule,
  type RuleId,
  type RuleInfo,
  STATUS_LABELS,
  type SafeEvaluateResult,
  type SourceDocument,
  type Status,
  type StatusCounts,
  type Street,
  type Subject,
  type SubjectKind,
  SubjectValidationError,
  type TimelineStep,
  type Unit,
  type UnmeasuredFinding,
  type Verdict,
  citySchema,
  communitySchema,
  createEvaluator,
  districtSchema,
  documents,
  evaluate,
  fieldLabel,
  governmentPurchasePrice,
  inLieuPayment,
  projectInLieuPayment,
  projectSchema,
  requiredCount,
  requiredServiceSpace,
  requiredStreetServiceCenterArea,
  rowToSubject,
  rules,
  safeEvaluate,
  splitWorkStationFunding,
  streetSchema,
  subjectJsonSchema,
  subjectSchema,
  summarize,
} from "community-standards-cn";
import {
  type Applicability,
  type Input,
  type LocalDocument,
  type Outcome,
  type Rule as AuthoringRule,
  type RuleContext,
  type RuleInfo as AuthoringRuleInfo,
  allTrue,
  appliesIf,
  atLeast,
  defineDocument,
  defineRule,
  documentFromJson,
  everyYear,
  field,
  isTrue,
  missing,
  notApplicable,
  oneOf,
  rateAtLeast,
  verifyQuotes,
  withinRange,
} from "community-standards-cn/authoring";
import * as calculators from "community-standards-cn/calculators";
import { type ComplianceMatchers, type CompliantOptions, failures, isCompliant, matchers } from "community-standards-cn/testing";
import { normalizeText, normalizedTexts } from "community-standards-cn/texts";

// The input types: a subject of each kind, typed as a user writes it.
const community: Community = {
  kind: "community",
  id: "shatang",
  jurisdiction: "longgang",
  residentsCommittee: { members: 7, directors: 1, deputyDirectors: 2 },
  rooms: [{ functions: ["office"], areaM2: "210.5" }],
};
const project: Project = { kind: "project", id: "p", jurisdiction: "longgang", buildingAreaM2: 30000, serviceSpaceM2: 99 };
const street: Street = { kind: "street", id: "s", communities: [community] };
const district: District = { kind: "district", id: "d", streets: [street] };
const city: City = { kind: "city", id: "c", districts: [district] };
const subjects: Subject[] = [community, project, street, district, city];
const kinds: SubjectKind[] = subjects.map((s) => s.kind);
assert.deepEqual(kinds, ["community", "project", "street", "district", "city"]);
for (const [schema, subject] of [[communitySchema, community], [projectSchema, project], [streetSchema, street], [districtSchema, district], [citySchema, city], [subjectSchema, city]] as const) {
  assert.equal(schema.safeParse(subject).success, true);
}
assert.equal(subjectJsonSchema()["$schema"], "https://json-schema.org/draft/2020-12/schema");

// Evaluating.
const options: EvaluateOptions = { asOf: "2012-06-30", documents: ["longgang-2005"] };
const report: Report = evaluate(project, options);
const ratio: Finding | undefined = report.findings.find((f) => f.ruleId === "longgang-2005/service-space-ratio");
assert.equal(ratio?.status, "fail");
const status: Status = ratio.status;
const modality: Modality = ratio.modality;
const citation: Citation = ratio.citation;
const consequences: readonly Consequence[] = ratio.consequences;
const where: FindingSubject = ratio.subject;
const message: Bilingual = ratio.message;
assert.equal(status, "fail");
assert.equal(modality, "requirement");
assert.equal(citation.document, "longgang-2005");
assert.ok(Array.isArray(consequences));
assert.equal(where.id, "p");
assert.match(message.zh, /未达标/);
if (ratio.required) {
  const requirement: Requirement = ratio.required;
  const comparison: Comparison = requirement.comparison;
  const unit: Unit | undefined = requirement.unit;
  assert.deepEqual([requirement.value, comparison, unit], ["100.00", "at-least", "m2"]);
}
const measured = report.findings.filter((f): f is MeasuredFinding => f.measured !== undefined);
const unmeasured = report.findings.filter((f): f is UnmeasuredFinding => f.measured === undefined);
assert.equal(measured.length + unmeasured.length, report.findings.length);
const counts: StatusCounts = summarize(report.findings);
assert.deepEqual(counts, report.summary);

const evaluator: Evaluator = createEvaluator(options);
const verdicts: Verdict[] = evaluator.verdicts(project);
assert.deepEqual(verdicts[0]?.statuses.fail, ["longgang-2005/service-space-ratio"]);
assert.equal(verdicts[0]?.statuses.pending.length, 0);
assert.equal([...evaluator.evaluateMany([project, project])].length, 2);
// The lean reports: the option's type, the reports and their subjects' lists, frozen.
const lean: FindingsOption = { findings: "lean" };
const leanReports: LeanReport[] = [...evaluator.evaluateMany([project, project], { findings: "lean" })];
const leanSubject: LeanSubject = leanReports[1]!.subjects[0]!;
assert.equal(leanSubject.statuses[leanSubject.ruleIds.indexOf("longgang-2005/service-space-ratio")], "fail");
assert.equal(Object.isFrozen(leanSubject.statuses), true);
assert.equal("summary" in evaluator.evaluate(project, lean), true);

// Messages in one language, typed so.
const language: Language = "zh";
const inChinese: Report<MessageIn<"zh">> = evaluate(project, { ...options, language });
const oneMessage: { zh: string } = inChinese.findings[0]!.message;
assert.deepEqual(Object.keys(oneMessage), ["zh"]);
const eitherMessage: AnyMessage = oneMessage;
assert.equal(typeof eitherMessage, "object");
assert.equal([...createEvaluator({ ...options, language: "en" }).evaluateMany([project])][0]!.findings[0]!.message.en.length > 0, true);

const safe: SafeEvaluateResult = safeEvaluate({ kind: "community", id: "x", polulation: 3 });
assert.equal(safe.success, false);
if (!safe.success) {
  const problems: readonly InputProblem[] = safe.error.problems;
  assert.equal(problems[0]?.path, "polulation");
  assert.ok(safe.error instanceof SubjectValidationError);
}
assert.throws(() => evaluate({ kind: "village", id: "v" }), SubjectValidationError);

// The rule book and the documents.
const ids: readonly RuleId[] = RULE_IDS;
const allRules: readonly RuleInfo[] = rules;
const info: RuleInfo = allRules[0]!;
assert.equal(ids.length, allRules.length);
assert.equal(typeof info.quote, "string");
const sources: readonly SourceDocument[] = documents;
const documentIds: DocumentId[] = sources.map((d) => d.id);
assert.equal(documentIds.length, 5);
const jurisdiction: Jurisdiction = "guangzhou";
assert.ok(sources.some((d) => d.jurisdiction === jurisdiction));
const dated: readonly TimelineStep[] = [];
assert.equal(dated.length, 0);

// Labels and the flat format.
const columns: readonly Column[] = COLUMNS;
const type: CellType = columns[0]!.type;
const cellUnit: CellUnit | undefined = columns[0]!.unit;
assert.ok(type.length > 0 && (cellUnit === undefined || cellUnit.length > 0));
assert.equal(COLUMN_LABELS.population, "人口");
assert.equal(COLUMN_DOCS.population?.zh, "人口");
const enumName: EnumName = "kind";
assert.equal(ENUM_LABELS[enumName].community.zh, "社区");
assert.equal(STATUS_LABELS.fail.zh, "未达标");
assert.equal(fieldLabel("population"), "人口");
const row: RowResult = rowToSubject(["kind", "id", "population"], ["community", "c1", "1.2万"]);
assert.equal(row.kind, "subject");
const bad: RowResult = rowToSubject(["kind", "id", "population"], ["community", "c2", "很多"]);
if (bad.kind === "invalid") {
  const first: CellProblem | undefined = bad.problems[0];
  assert.equal(first?.column, "population");
} else assert.fail("a row with a bad cell has problems");

// The calculators, from the main entry and their own.
assert.equal(requiredServiceSpace(45000), "150.00");
assert.equal(calculators.requiredServiceSpace(45000, 400), "112.50");
assert.deepEqual(splitWorkStationFunding(100), ["33.34", "33.33", "33.33"]);
assert.deepEqual(calculators.splitWorkStationFunding("100"), ["33.34", "33.33", "33.33"]);
assert.equal(requiredCount(10001, 3, 100), 301);
assert.equal(calculators.requiredCount(10001, 3, 100), 301);
assert.equal(governmentPurchasePrice(1000000), "1050000.00");
assert.equal(calculators.governmentPurchasePrice("1000000"), governmentPurchasePrice(1000000));
assert.equal(inLieuPayment(10, 8000), "80000.00");
assert.equal(calculators.inLieuPayment("10", "8000"), "80000.00");
assert.equal(projectInLieuPayment(30000, 99, 8000), calculators.projectInLieuPayment(30000, 99, 8000));
assert.equal(requiredStreetServiceCenterArea(100000), calculators.requiredStreetServiceCenterArea(100000));

// Authoring a local document.
const office = defineRule({
  id: "street-rules/office-250",
  document: "street-rules",
  article: "第二条",
  quote: "社区居委会办公用房面积不少于250平方米",
  modality: "requirement",
  subject: "community",
  label: { zh: "居委会办公用房（街道细则）", en: "committee office (street rules)" },
  threshold: { minM2: 250 },
  appliesWhen: (c, context: RuleContext): Applicability => appliesIf(field(c, "villageConversion.newlyEstablished"), { zh: `非新设村改居社区（${context.asOf}）`, en: "not a converted village" }),
  check: (c, rule): Outcome => atLeast(field(c, "villageConversion.officeSpaceProvidedM2"), rule.threshold.minM2, "m2"),
});
const asRule: Rule = office;
const asAuthoringRule: AuthoringRule = asRule;
const asInfo: AuthoringRuleInfo = asAuthoringRule;
assert.equal(asInfo.id, "street-rules/office-250");
const local: LocalDocument = defineDocument({
  document: { id: "street-rules", title: "某街道细则", issuer: "某街道办事处", issued: null, inForce: null },
  text: "某街道细则：第二条 社区居委会办公用房面积不少于250平方米。",
  rules: [office],
});
assert.deepEqual(verifyQuotes(local), []);
const converted = { kind: "community" as const, id: "c", villageConversion: { newlyEstablished: true, officeSpaceProvidedM2: 249 } };
const localReport = evaluate(converted, { asOf: "2013-01-01", documents: [local] });
assert.equal(localReport.findings[0]?.status, "fail");
const fromJson = documentFromJson({
  document: { id: "json-rules", title: "某区细则", issuer: "某区", issued: null, inForce: null },
  text: "第一条 社区居委会成员5至9人。",
  rules: [{ id: "json-rules/members", article: "第一条", quote: "社区居委会成员5至9人", modality: "requirement", subject: "community", label: { zh: "居委会成员", en: "members" }, check: { kind: "withinRange", field: "residentsCommittee.members", min: 5, max: 9 } }],
});
assert.equal(verifyQuotes(fromJson).length, 0);

// The checks a rule is written with.
const yes: Input<boolean> = { path: "serviceStation", value: true };
assert.equal(isTrue(yes).kind, "measured");
assert.equal(allTrue([[yes, { zh: "服务站", en: "station" }]]).kind, "measured");
assert.equal(oneOf({ path: "partyOrganization.form", value: "none" }, ["branch", "general-branch"]).kind, "measured");
assert.equal(withinRange({ path: "residentsCommittee.members", value: 10 }, 5, 9, "people").kind, "measured");
assert.equal(rateAtLeast({ path: "volunteers", value: 300 }, { path: "population", value: 10001 }, { numerator: 3, denominator: 100 }, "people").kind, "measured");
assert.equal(everyYear({ path: "workerTrainings", value: ["2012-06-01"] }, "2013-03-01", null).kind, "measured");
assert.equal(missing(["population"]).kind, "missing");
assert.equal(notApplicable({ zh: "不适用", en: "n/a" }).kind, "not-applicable");

// Testing helpers.
const blocking: CompliantOptions = { pending: true };
assert.equal(isCompliant(report, blocking), false);
assert.equal(failures(report)[0]?.shortfall, "1.00");
assert.equal(typeof matchers.toComply, "function");
type Matchers = ComplianceMatchers<Report>;
const matcherNames: (keyof Matchers)[] = ["toComply", "toHaveFinding"];
assert.equal(matcherNames.length, 2);

// The documents' texts.
assert.equal(normalizeText("第 八 条"), normalizeText("第 八 条"));
assert.ok(normalizedTexts["longgang-2005"].includes(normalizeText("社区警务室50平方米以上")));

console.log("every export used");
