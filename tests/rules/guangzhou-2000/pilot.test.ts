import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/index";
import { findingOf } from "../../helpers";

// 现就开展试点工作的有关问题通知如下: the notice binds the pilot district (东山区), the pilot streets
// and what lies in them; 海珠区 is no pilot district, yet its 南华西街 is a pilot street.
const community = (fields: Record<string, unknown> = {}) => ({ kind: "community", id: "c", volunteers: 0, population: 1000, ...fields });
const street = (pilot: boolean | undefined) => ({ kind: "street", id: "nanhuaxi", ...(pilot !== undefined && { pilot }), communities: [community()] });
const district = (pilot: boolean | undefined, streetPilot: boolean | undefined) => ({ kind: "district", id: "d", ...(pilot !== undefined && { pilot }), streets: [street(streetPilot)] });

const VOLUNTEERS = "guangzhou-2000/volunteers-3-percent";
const volunteersIn = (subject: Record<string, unknown>) =>
  evaluate(subject as never, { asOf: "2003-01-01", documents: ["guangzhou-2000"] }).findings.find((f) => f.ruleId === VOLUNTEERS && f.subject.id === "c")!;

describe("the Guangzhou 2000 community clauses bind communities in a pilot district or street only", () => {
  it.each([
    ["a community in a pilot street of a district that is no pilot", false, true, "fail"],
    ["a community in a street of the pilot district", true, undefined, "fail"],
    ["a community in a street that is no pilot, in a district that is none", false, false, "not-applicable"],
    ["a community whose street's and district's pilot status is unknown", undefined, undefined, "insufficient-data"],
    ["a community in a street that is no pilot, district unknown", undefined, false, "not-applicable"],
  ])("%s: %s", (_, districtPilot, streetPilot, status) => {
    expect(volunteersIn(district(districtPilot, streetPilot)).status).toBe(status);
  });

  it("names pilot as the missing field when nothing says", () => {
    expect(findingOf(VOLUNTEERS, community(), "2003-01-01")).toMatchObject({ status: "insufficient-data", missing: ["pilot"] });
  });

  it("says why a community outside the pilots is not bound, in both languages", () => {
    const f = findingOf(VOLUNTEERS, community({ pilot: false }), "2003-01-01");
    expect(f.status).toBe("not-applicable");
    expect(f.message.zh).toContain("不在试点区、街内");
    expect(f.message.en).toContain("not in a pilot district or street");
  });

  it.each([
    "guangzhou-2000/party-branch-per-residential-area",
    "guangzhou-2000/secretary-heads-residents-committee",
    "guangzhou-2000/staff-party-members-half",
    VOLUNTEERS,
  ])("%s is not applicable outside the pilots", (id) => {
    expect(findingOf(id, community({ pilot: false }), "2003-01-01").status).toBe("not-applicable");
  });

  it("the pilot a street inherits reaches its own street rules too", () => {
    const report = evaluate(district(true, undefined) as never, { asOf: "2003-01-01", documents: ["guangzhou-2000"] });
    const posts = report.findings.find((f) => f.ruleId === "guangzhou-2000/street-service-center-staff" && f.subject.id === "nanhuaxi")!;
    expect(posts).toMatchObject({ status: "insufficient-data", missing: ["serviceCenterPosts"] });
  });
});

// 其中,东山区为试点区,…东山区的大塘街…为试点街: the pilot district is not a pilot street. Clauses
// addressed to 试点街 bind the six streets (or a street flagged itself); the pilot area still binds
// the district's communities (issue 22).
describe("试点街 clauses bind the pilot streets, not every street of the pilot district", () => {
  const CENTER = "guangzhou-2000/street-service-center-area";
  const CULTURE = "guangzhou-2000/street-culture-station-grade";
  const POSTS = "guangzhou-2000/street-service-center-staff";
  const dongshan = (street: Record<string, unknown>) => ({ kind: "district", id: "dongshan", name: "东山区", jurisdiction: "guangzhou", pilot: true, streets: [{ kind: "street", id: "s", population: 50_000, serviceCenterAreaM2: 100, communities: [community()], ...street }] });
  const findings = (subject: Record<string, unknown>) => evaluate(subject as never, { asOf: "2003-01-01", documents: ["guangzhou-2000"] }).findings;
  const statusIn = (subject: Record<string, unknown>, id: string, at = "s") => findings(subject).find((f) => f.ruleId === id && f.subject.id === at)!;

  it.each([
    ["大塘街, named by the notice, without a flag", { name: "大塘街" }, "fail"],
    ["大塘街 written with spaces around it", { name: " 大塘街 " }, "fail"],
    ["another street of 东山区 flagged as no pilot street", { name: "农林街", pilot: false }, "not-applicable"],
    ["another street of 东山区 without a flag: it must say", { name: "农林街" }, "insufficient-data"],
    ["a street of 东山区 flagged as a pilot street", { name: "农林街", pilot: true }, "fail"],
  ])("%s: %s", (_, street, status) => {
    expect(statusIn(dongshan(street), CENTER).status).toBe(status);
    expect(statusIn(dongshan(street), CULTURE).status).toBe(status === "fail" ? "insufficient-data" : status);
  });

  it("names pilot as missing for a street of the pilot district that does not say", () => {
    expect(statusIn(dongshan({ name: "农林街" }), CENTER)).toMatchObject({ status: "insufficient-data", missing: ["pilot"] });
  });

  it("says why a street that is no pilot street is not bound", () => {
    expect(statusIn(dongshan({ name: "农林街", pilot: false }), CENTER).message.zh).toContain("不是试点街");
  });

  it("accepts pilot: false on a street of the pilot district, and still binds its communities and its center's posts", () => {
    const subject = dongshan({ name: "农林街", pilot: false });
    expect(statusIn(subject, VOLUNTEERS, "c").status).toBe("fail");
    expect(statusIn(subject, POSTS)).toMatchObject({ status: "insufficient-data", missing: ["serviceCenterPosts"] });
  });

  it("南华西街 of 海珠区, no pilot district, is a pilot street by name", () => {
    const haizhu = { kind: "district", id: "haizhu", jurisdiction: "guangzhou", pilot: false, streets: [{ kind: "street", id: "s", name: "南华西街", population: 50_000, serviceCenterAreaM2: 100 }] };
    expect(statusIn(haizhu, CENTER).status).toBe("fail");
  });

  it("a street outside any pilot, without a flag or a pilot name, is no pilot street", () => {
    const other = { kind: "district", id: "baiyun", jurisdiction: "guangzhou", pilot: false, streets: [{ kind: "street", id: "s", name: "景泰街", population: 50_000, serviceCenterAreaM2: 100 }] };
    expect(statusIn(other, CENTER).status).toBe("not-applicable");
  });

  it("still refuses a community marked no pilot inside the pilot district", () => {
    expect(() => evaluate(dongshan({ name: "大塘街", communities: [community({ pilot: false })] }) as never, { asOf: "2003-01-01" })).toThrow(/不能填“否”/);
  });
});
