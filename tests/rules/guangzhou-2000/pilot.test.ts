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
