import { addDays, formatISO, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { documents, rules } from "../../src/index";
import { findingOf } from "../helpers";

const shift = (day: string, days: number) => formatISO(addDays(parseISO(day), days), { representation: "date" });

// A subject that fails each rule with a due date, worked out from the rule's text.
const FAILING: Record<string, Record<string, unknown>> = {
  "guangzhou-2000/party-branch-per-residential-area": { kind: "community", pilot: true, partyOrganization: { form: "none" } },
  "guangzhou-2000/volunteers-3-percent": { kind: "community", pilot: true, population: 10000, volunteers: 299 },
  "guangzhou-2011/one-team-three-centers": { kind: "street", oneTeamThreeCenters: { governmentServiceCenter: true, governanceCenter: true, familyServiceCenter: true, lawEnforcementTeam: false } },
  "guangzhou-2011/direct-election-ratio": { kind: "city", residentsCommittees: 100, directlyElectedCommittees: 49 },
  "guangzhou-2011/general-practitioners-2-per-10000": { kind: "community", population: 10000, generalPractitioners: 1 },
  "guangzhou-2011/elderly-beds-30-per-1000": { kind: "city", elderlyPopulation: 1000, elderlyCareBeds: 29 },
  "guangzhou-2011/social-workers-5-per-10000": { kind: "city", population: 10000, socialWorkers: 4 },
  "guangzhou-2011/five-ones": { kind: "street", fiveOnes: { familyServiceCenter: true, cultureCenter: true, sportsPark: true, healthServiceCenter: true, videoSurveillance: false } },
  "longgang-2005/one-stop-service-window": { kind: "community", oneStopServiceWindow: false },
  "longgang-2005/shenzhen-standard-by-2007": { kind: "community", meetsShenzhenStandard: false },
  "longgang-2005/model-standard-by-2010": { kind: "community", meetsModelStandard: false },
  "guangzhou-2011/new-system-by-2020": { kind: "city", newServiceSystem: false },
  "linyi-report/advanced-communities-by-2010": { kind: "city", advancedCommunities: 0 },
};
const failing = (id: string) => FAILING[id] ?? { kind: "community", rooms: [{ functions: [id.split("/").pop()], areaM2: 0 }] };
const withDue = rules.filter((r) => r.due !== undefined);

describe("every rule with a due date: pending up to and on it, failing the day after", () => {
  it("covers every rule that has a due date", () => {
    expect(withDue.map((r) => r.id).filter((id) => !FAILING[id] && !id.startsWith("longgang-2005/facility-area/"))).toEqual([]);
    expect(withDue).toHaveLength(22);
  });

  it.each(withDue.flatMap((r) => [
    [r.id, "the day before the due date", shift(r.due!, -1), "pending"],
    [r.id, "the due date", r.due!, "pending"],
    [r.id, "the day after the due date", shift(r.due!, 1), "fail"],
  ]))("%s on %s (%s) → %s", (id, _, asOf, status) => {
    expect(findingOf(id, { id: "x", ...failing(id) } as never, asOf).status).toBe(status);
  });
});

describe("every rule of a dated document: not applicable the day before the document is in force", () => {
  const dated = rules.filter((r) => documents.find((d) => d.id === r.document)!.inForce !== null);
  it.each(dated.map((r) => [r.id, shift(documents.find((d) => d.id === r.document)!.inForce!, -1)]))("%s on %s", (id, asOf) => {
    const rule = rules.find((r) => r.id === id)!;
    const f = findingOf(id, { kind: rule.subject, id: "x", ...(FAILING[id] ?? {}) }, asOf);
    expect(f.status).toBe("not-applicable");
    expect(f.message.en).toMatch(documents.find((d) => d.id === rule.document)!.inForceEstimate ? /could not have been written before/ : /in force from/);
  });

  it("covers every rule: the dated documents' and the undated ones', from the earliest day their text could exist", () => {
    expect(dated).toHaveLength(rules.length);
  });

  it.each([
    ["dunhuang-opinions/registered-volunteers-15-percent", "2007-10-21", "not-applicable"],
    ["dunhuang-opinions/registered-volunteers-15-percent", "2007-10-22", "fail"],
    ["linyi-report/community-size-households", "2000-12-31", "not-applicable"],
    ["linyi-report/community-size-households", "2001-01-01", "fail"],
  ])("%s on %s: %s (the undated documents, issue 22)", (id, asOf, status) => {
    const subject = id.startsWith("dunhuang") ? { kind: "community", id: "x", population: 1000, registeredVolunteers: 149 } : { kind: "community", id: "x", households: 999 };
    const f = findingOf(id, subject, asOf);
    expect(f.status).toBe(status);
    if (status === "not-applicable") expect(f.message.zh).toMatch(/文件未载明日期，最早于(2007-10-22|2001-01-01)后方可成文（文中/);
  });
});
