// npm run bench:memory (after the build; several minutes): the command line streams a 100,000-
// community JSON tree and a 1,000,000-row CSV file; prints each run's time and peak memory (RSS).
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { longgangProfiles, ROOM_FUNCTIONS } from "./profiles.mjs";

const dir = mkdtempSync(join(tmpdir(), "cscn-memory-"));
const HEADER = ["id", "jurisdiction", "population", "households", "partyMembers", "partyOrganization.form", "partyOrganization.committeeMembers", "partyOrganization.secretaries", "partyOrganization.deputySecretaries", "residentsCommittee.members", "residentsCommittee.directors", "residentsCommittee.deputyDirectors", ...ROOM_FUNCTIONS.map((fn) => `area.${fn}`)];
const rowOf = (c) => [c.id, c.jurisdiction, c.population, c.households, c.partyMembers, c.partyOrganization.form, c.partyOrganization.committeeMembers, c.partyOrganization.secretaries, c.partyOrganization.deputySecretaries, c.residentsCommittee.members, c.residentsCommittee.directors, c.residentsCommittee.deputyDirectors, ...c.rooms.map((r) => r.areaM2)].join(",");

async function write(path, batches, line, head, tail) {
  const out = createWriteStream(path);
  out.write(head);
  for (let b = 0; b < batches; b++) {
    if (!out.write(line(b))) await once(out, "drain");
  }
  out.end(tail);
  await once(out, "finish");
}

function run(name, file) {
  const started = performance.now();
  const cli = spawnSync(process.execPath, ["--import", new URL("./reportRss.mjs", import.meta.url).href, new URL("../../dist/cli.js", import.meta.url).pathname, "check", file, "--as-of", "2012-06-30", "--format", "csv", "--output", "/dev/null"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss-kb (\d+)/.exec(cli.stderr)?.[1] ?? Number.NaN) / 1024;
  const summary = cli.stderr.split("\n").find((l) => /subjects|个主体/.test(l)) ?? "";
  console.log(`${name.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s, peak RSS ${rss.toFixed(0)} MB (exit ${cli.status}) ${summary.trim()}`);
}

const only = process.argv[2];
if (only !== "csv") {
  const tree = join(dir, "street.json");
  await write(tree, 10, (b) => longgangProfiles(10_000, 500 + b).map(({ community: c }, i) => `${b + i === 0 ? "" : ","}${JSON.stringify({ ...c, id: `${c.id}-${b}`, jurisdiction: undefined })}`).join(""), '{"kind":"street","id":"big-street","jurisdiction":"longgang","communities":[', "]}");
  run("JSON: one street of 100,000 communities", tree);
}
if (only !== "json") {
  const csv = join(dir, "rows.csv");
  await write(csv, 10, (b) => longgangProfiles(100_000, 100 + b).map(({ community: c }) => rowOf({ ...c, id: `${c.id}-${b}` })).join("\n") + "\n", `${HEADER.join(",")}\n`, "");
  run("CSV: 1,000,000 rows", csv);
}
