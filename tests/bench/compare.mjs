// npm run bench (after the build): the library against json-rules-engine and a plain-JS loop on
// the same seeded Longgang profiles, in one run, with the ratios. Thresholds are read from the
// library's own rules, so all three check the same figures. The library runs every Longgang rule
// (47 findings a profile), and also, like for like, the others' 15 checks as a local document, and
// no rule at all (validation and the walk alone: tests/bench/sameChecks.mjs).
import { Engine } from "json-rules-engine";
import { createEvaluator, evaluate, rules, subjectSchema } from "../../dist/index.js";
import { fullDecimalProfiles, longgangProfiles, ROOM_FUNCTIONS } from "./profiles.mjs";
import { builtInIdOf, noRules, sameChecks } from "./sameChecks.mjs";

const N = Number(process.env.PROFILES ?? 5000);
const AS_OF = "2012-06-30";
const profiles = longgangProfiles(N);
const rule = (id) => rules.find((r) => r.id === id).threshold;
const AREA = Object.fromEntries(ROOM_FUNCTIONS.map((fn) => [fn, rule(`longgang-2005/facility-area/${fn}`).minM2]));
const MEMBERS = rule("longgang-2005/residents-committee-members");
const DIRECTOR = rule("longgang-2005/residents-committee-director");
const DEPUTIES = rule("longgang-2005/residents-committee-deputy-directors");
const PARTY_SIZE = rule("longgang-2005/party-committee-members");
const FORM = rule("longgang-2005/party-organization-form");
const RATIO = rule("longgang-2005/service-space-ratio");

// The 15 checks as plain JavaScript: the floor (decimal text read as a float, as such code does).
function plain({ community: c, project: p }) {
  const failed = [];
  for (const room of c.rooms) if (Number(room.areaM2) < AREA[room.functions[0]]) failed.push(room.functions[0]);
  const rc = c.residentsCommittee;
  if (rc.members < MEMBERS.min || rc.members > MEMBERS.max) failed.push("members");
  if (rc.directors < DIRECTOR.min || rc.directors > DIRECTOR.max) failed.push("director");
  if (rc.deputyDirectors < DEPUTIES.min || rc.deputyDirectors > DEPUTIES.max) failed.push("deputies");
  const po = c.partyOrganization;
  if (po.committeeMembers < PARTY_SIZE.min || po.committeeMembers > PARTY_SIZE.max) failed.push("party-size");
  if (c.partyMembers >= FORM.branchFrom && !(c.partyMembers >= FORM.generalBranchFrom ? FORM.generalBranchForms : FORM.branchForms).includes(po.form)) failed.push("form");
  if (Number(p.serviceSpaceM2) * RATIO.denominator < Number(p.buildingAreaM2) * RATIO.numerator) failed.push("ratio");
  return failed;
}

// The same 15 checks in json-rules-engine, as its users write them.
const engine = new Engine([], { allowUndefinedFacts: true });
const within = (fact, path, { min, max }) => ({ all: [{ fact, path, operator: "greaterThanInclusive", value: min }, { fact, path, operator: "lessThanInclusive", value: max }] });
for (const fn of ROOM_FUNCTIONS) engine.addRule({ name: fn, conditions: { all: [{ fact: "area", params: { fn }, operator: "greaterThanInclusive", value: AREA[fn] }] }, event: { type: fn } });
engine.addRule({ name: "members", conditions: within("community", "$.residentsCommittee.members", MEMBERS), event: { type: "members" } });
engine.addRule({ name: "director", conditions: within("community", "$.residentsCommittee.directors", DIRECTOR), event: { type: "director" } });
engine.addRule({ name: "deputies", conditions: within("community", "$.residentsCommittee.deputyDirectors", DEPUTIES), event: { type: "deputies" } });
engine.addRule({ name: "party-size", conditions: within("community", "$.partyOrganization.committeeMembers", PARTY_SIZE), event: { type: "party-size" } });
engine.addRule({
  name: "form",
  conditions: {
    any: [
      { fact: "community", path: "$.partyMembers", operator: "lessThan", value: FORM.branchFrom },
      { all: [{ fact: "community", path: "$.partyMembers", operator: "lessThan", value: FORM.generalBranchFrom }, { fact: "community", path: "$.partyOrganization.form", operator: "in", value: FORM.branchForms }] },
      { fact: "community", path: "$.partyOrganization.form", operator: "in", value: FORM.generalBranchForms },
    ],
  },
  event: { type: "form" },
});
engine.addRule({ name: "ratio", conditions: { all: [{ fact: "serviceSpace", operator: "greaterThanInclusive", value: { fact: "requiredSpace" } }] }, event: { type: "ratio" } });
engine.addFact("area", (params, almanac) => almanac.factValue("community").then((c) => Number(c.rooms.find((r) => r.functions.includes(params.fn))?.areaM2 ?? 0)));
engine.addFact("requiredSpace", (_, almanac) => almanac.factValue("project").then((p) => (Number(p.buildingAreaM2) * RATIO.numerator) / RATIO.denominator));
engine.addFact("serviceSpace", (_, almanac) => almanac.factValue("project").then((p) => Number(p.serviceSpaceM2)));

const evaluator = createEvaluator({ asOf: AS_OF, documents: ["longgang-2005"] });
const inChinese = createEvaluator({ asOf: AS_OF, documents: ["longgang-2005"], language: "zh" });
// The library on the others' work, and on none (tests/bench/sameChecks.mjs).
const same = createEvaluator({ asOf: AS_OF, documents: [sameChecks] });
const bare = createEvaluator({ asOf: AS_OF, documents: [noRules] });

/** Throws unless the 15 checks as local rules give each profile the statuses the built-in rules give. */
function assertSameStatuses(subjects) {
  for (const s of subjects.slice(0, 500)) {
    const builtIn = new Map(evaluator.evaluate(s).findings.map((f) => [f.ruleId, f.status]));
    for (const f of same.evaluate(s).findings) {
      if (builtIn.get(builtInIdOf(f.ruleId)) !== f.status) throw new Error(`${s.id} ${f.ruleId}: ${f.status}, the built-in rule says ${builtIn.get(builtInIdOf(f.ruleId))}`);
    }
  }
}

/** One timed run of `run`, in milliseconds. */
async function time(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/**
 * Every contender on one workload, interleaved: each round runs them all, in an order rotated
 * round by round, so a machine that slows down slows them alike; each ratio is the median of the
 * per-round ratios (issue 24: best-of-five runs one after the other drifted with the load).
 */
async function compare(title, profiles) {
  const subjects = profiles.flatMap((p) => [p.community, p.project]);
  assertSameStatuses(subjects);
  let findings = 0;
  const contenders = [
    ["floor", "plain-JS loop, the 15 checks (floor)", () => { for (const p of profiles) plain(p); }],
    ["jre", "json-rules-engine 7, the 15 checks", async () => { for (const p of profiles) await engine.run({ community: p.community, project: p.project }); }],
    ["verdicts", "library verdicts (every Longgang rule, statuses only)", () => { for (const p of profiles) { evaluator.verdicts(p.community); evaluator.verdicts(p.project); } }],
    ["many", "library evaluateMany (every rule, full findings)", () => { findings = 0; for (const r of evaluator.evaluateMany(subjects)) findings += r.findings.length; }],
    ["manyZh", "library evaluateMany, messages in Chinese only (language)", () => { for (const r of inChinese.evaluateMany(subjects)) r.findings.length; }],
    ["lean", "library evaluateMany, findings: \"lean\" (statuses, figures)", () => { for (const r of evaluator.evaluateMany(subjects, { findings: "lean" })) r.summary.total; }],
    ["single", "library evaluate(subject, options), validation included", () => { for (const s of subjects) evaluate(s, { asOf: AS_OF, documents: ["longgang-2005"] }); }],
    ["validation", "zod safeParse alone (the compiled check runs instead)", () => { for (const s of subjects) subjectSchema.safeParse(s); }],
    ["verdicts15", "library verdicts, the same 15 checks as local rules", () => { for (const s of subjects) same.verdicts(s); }],
    ["lean15", "library lean, the same 15 checks", () => { for (const r of same.evaluateMany(subjects, { findings: "lean" })) r.summary.total; }],
    ["many15", "library evaluateMany, the same 15 checks", () => { for (const r of same.evaluateMany(subjects)) r.summary.total; }],
    ["single15", "library evaluator.evaluate, the same 15 checks", () => { for (const s of subjects) same.evaluate(s); }],
    ["bare", "library verdicts, no rule to run (validation, the walk)", () => { for (const s of subjects) bare.verdicts(s); }],
  ];
  const ROUNDS = Number(process.env.ROUNDS ?? 7);
  const times = Object.fromEntries(contenders.map(([key]) => [key, []]));
  for (const [, , run] of contenders) await run(); // warm up
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const [key, , run] = contenders[(i + round) % contenders.length];
      times[key].push(await time(run));
    }
  }
  const perRound = (a, b) => median(times[a].map((t, i) => times[b][i] / t));
  console.log(`${title}: ${profiles.length} profiles, ${ROUNDS} interleaved rounds (median)\n`);
  for (const [key, name] of contenders) console.log(`${name.padEnd(58)} ${Math.round((profiles.length / median(times[key])) * 1000).toLocaleString("en-US").padStart(10)} profiles/s`);
  console.log(`\n${(findings / profiles.length).toFixed(0)} findings per profile from the library, 15 checks from the others`);
  console.log(`verdicts: ${(1 / perRound("verdicts", "floor")).toFixed(1)}× slower than the plain-JS floor, ${perRound("verdicts", "jre").toFixed(2)}× json-rules-engine`);
  console.log(`evaluateMany: ${perRound("many", "jre").toFixed(2)}× json-rules-engine (language: "zh" ${perRound("manyZh", "jre").toFixed(2)}×); lean: ${perRound("lean", "jre").toFixed(2)}×; evaluate: ${perRound("single", "jre").toFixed(2)}× json-rules-engine`);
  console.log(`the same 15 checks (tests/bench/sameChecks.mjs): verdicts ${perRound("verdicts15", "jre").toFixed(2)}× json-rules-engine, ${(1 / perRound("verdicts15", "floor")).toFixed(1)}× slower than the floor; lean ${perRound("lean15", "jre").toFixed(2)}×; evaluateMany ${perRound("many15", "jre").toFixed(2)}×; evaluator.evaluate ${perRound("single15", "jre").toFixed(2)}×`);
  console.log(`no rule to run (validation, the walk, the report's head): ${(1 / perRound("bare", "floor")).toFixed(1)}× slower than the floor, as near as verdicts can come; the 47 rules take ${(median(times.verdicts.map((t, i) => 1 - times.bare[i] / t)) * 100).toFixed(0)}% of verdicts' time`);
  console.log(`zod's safeParse alone takes ${(median(times.validation.map((t, i) => t / times.single[i])) * 100).toFixed(0)}% of evaluate's time; evaluate runs the compiled check instead (src/schema/compileValidator.ts)\n`);
}

await compare(`Longgang profiles as of ${AS_OF}, whole-number areas`, profiles);
await compare(`Longgang profiles as of ${AS_OF}, decimal areas and every field filled`, fullDecimalProfiles(N));

// The flat path: a row of cells read into a subject, then evaluated, as a library user would.
const { rowToSubject } = await import("../../dist/index.js");
const HEADER = ["id", "jurisdiction", "population", "households", "partyMembers", "partyOrganization.form", "partyOrganization.committeeMembers", "partyOrganization.secretaries", "partyOrganization.deputySecretaries", "residentsCommittee.members", "residentsCommittee.directors", "residentsCommittee.deputyDirectors", ...ROOM_FUNCTIONS.map((fn) => `area.${fn}`)];
const rowOf = ({ community: c }) => [c.id, c.jurisdiction, c.population, c.households, c.partyMembers, c.partyOrganization.form, c.partyOrganization.committeeMembers, c.partyOrganization.secretaries, c.partyOrganization.deputySecretaries, c.residentsCommittee.members, c.residentsCommittee.directors, c.residentsCommittee.deputyDirectors, ...c.rooms.map((r) => r.areaM2)].map(String);
const rows = profiles.map(rowOf);
console.log("");
const flat = await time(() => { for (const row of rows) { const read = rowToSubject(HEADER, row); if (read.kind === "subject") evaluator.evaluate(read.subject); } });
console.log(`${"flat rows: rowToSubject + createEvaluator().evaluate".padEnd(58)} ${Math.round((N / flat) * 1000).toLocaleString("en-US").padStart(10)} profiles/s`);

// The sheet: CHECK_COMMUNITY over a 5,000-row range in the built Apps Script bundle, in a vm.
const { readFileSync, writeFileSync, mkdtempSync } = await import("node:fs");
const { createContext, runInContext } = await import("node:vm");
const sheet = createContext({});
runInContext(readFileSync(new URL("../../dist/sheets/apps-script/Code.js", import.meta.url), "utf8"), sheet);
sheet.header = [HEADER];
sheet.range = longgangProfiles(5000, 7).map(rowOf);
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  runInContext(`CHECK_COMMUNITY(header, range, "2012-06-30")`, sheet);
  best = Math.min(best, performance.now() - started);
}
console.log(`${"CHECK_COMMUNITY over 5,000 rows, Apps Script bundle in a vm".padEnd(58)} ${best.toFixed(0).padStart(10)} ms`);

// The command line on 100,000 CSV rows, written to CSV, with its peak memory.
const { spawnSync } = await import("node:child_process");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const dir = mkdtempSync(join(tmpdir(), "cscn-bench-"));
const csv = join(dir, "rows.csv");
writeFileSync(csv, [HEADER, ...longgangProfiles(100_000, 11).map(rowOf)].map((r) => r.join(",")).join("\n") + "\n");
// On one thread and on two (--threads 2), in turn.
for (const threads of ["1", "2"]) {
  const started = performance.now();
  const cli = spawnSync(process.execPath, ["--import", new URL("./reportRss.mjs", import.meta.url).href, new URL("../../dist/cli.js", import.meta.url).pathname, "check", csv, "--as-of", "2012-06-30", "--format", "csv", "--output", join(dir, "out.csv"), "--threads", threads], { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss-kb (\d+)/.exec(cli.stderr)?.[1] ?? Number.NaN) / 1024;
  console.log(`${`CLI: 100,000 CSV rows to a CSV report, --threads ${threads}`.padEnd(58)} ${seconds.toFixed(1).padStart(8)} s, peak RSS ${rss.toFixed(0)} MB (exit ${cli.status})`);
}
