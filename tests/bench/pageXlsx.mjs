// npm run bench:page-xlsx [rows] (after the build; default 25,000 rows, about 950,000 findings):
// Longgang profiles as a CSV, checked in the built page in headless Chromium, then its .xlsx report
// downloaded; prints the download's time and size and how much larger Chromium's processes grew
// (their RSS summed, sampled every 300 ms) while the report was written.
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { longgangProfiles, ROOM_FUNCTIONS } from "./profiles.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const ROWS = Number(process.argv[2] ?? 25_000);
const dir = mkdtempSync(join(tmpdir(), "cscn-page-xlsx-"));
const HEADER = ["id", "jurisdiction", "population", "households", "partyMembers", "partyOrganization.form", "partyOrganization.committeeMembers", "partyOrganization.secretaries", "partyOrganization.deputySecretaries", "residentsCommittee.members", "residentsCommittee.directors", "residentsCommittee.deputyDirectors", ...ROOM_FUNCTIONS.map((fn) => `area.${fn}`)];
const rowOf = ({ community: c }) => [c.id, c.jurisdiction, c.population, c.households, c.partyMembers, c.partyOrganization.form, c.partyOrganization.committeeMembers, c.partyOrganization.secretaries, c.partyOrganization.deputySecretaries, c.residentsCommittee.members, c.residentsCommittee.directors, c.residentsCommittee.deputyDirectors, ...c.rooms.map((r) => r.areaM2)].join(",");
const csv = join(dir, `${ROWS}.csv`);
writeFileSync(csv, `${HEADER.join(",")}\n${longgangProfiles(ROWS, 11).map(rowOf).join("\n")}\n`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const rss = () => Number(execSync("ps -C chromium -o rss= | awk '{s+=$1} END {print s}'").toString()) / 1024;
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, rss())), 300);
try {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(pathToFileURL(join(ROOT, "dist/web/社区建设标准核查.html")).href);
  await page.fill("#asOf", "2012-06-30");
  await page.setInputFiles("#file", csv);
  await page.waitForSelector("#results:not([hidden]), .message.error", { timeout: 900_000 });
  console.log(await page.textContent("#summary"));
  const before = rss();
  peak = before;
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 900_000 }), page.click("#downloadXlsx")]);
  const out = join(dir, "report.xlsx");
  await download.saveAs(out);
  console.log(`.xlsx report: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB; Chromium ${(peak - before).toFixed(0)} MB larger while writing (${before.toFixed(0)} MB after the check)`);
} finally {
  clearInterval(timer);
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
