import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", pilot: true, ...fields });

describe("guangzhou-2000/party-branch-per-residential-area (在2年内: by 2002-11-23)", () => {
  const id = "guangzhou-2000/party-branch-per-residential-area";
  it.each([
    ["a branch", "branch", "2003-01-01", "pass"],
    ["a general branch", "general-branch", "2003-01-01", "pass"],
    ["a joint branch shared with other areas: not the area's own", "joint-branch", "2003-01-01", "fail"],
    ["none, on the due date: pending", "none", "2002-11-23", "pending"],
    ["none, the day after: fail", "none", "2002-11-24", "fail"],
    ["none, the day before the notice: not applicable", "none", "2000-11-22", "not-applicable"],
    ["none, the day of the notice: pending", "none", "2000-11-23", "pending"],
  ])("%s", (_, form, asOf, status) => {
    expect(findingOf(id, community({ partyOrganization: { form } }), asOf).status).toBe(status);
  });

  it("needs the form", () => {
    expect(findingOf(id, community({}), "2003-01-01")).toMatchObject({ status: "insufficient-data", missing: ["partyOrganization.form"] });
  });
});

describe("guangzhou-2000/secretary-heads-residents-committee", () => {
  const id = "guangzhou-2000/secretary-heads-residents-committee";
  it.each([
    [true, "2001-01-01", "pass"],
    [false, "2001-01-01", "fail"],
    [false, "2000-11-22", "not-applicable"],
  ])("secretary is director: %s, on %s → %s", (directorIsPartySecretary, asOf, status) => {
    expect(findingOf(id, community({ residentsCommittee: { directorIsPartySecretary } }), asOf).status).toBe(status);
  });

  it("needs the field", () => {
    expect(findingOf(id, community({ residentsCommittee: {} }), "2001-01-01")).toMatchObject({ status: "insufficient-data", missing: ["residentsCommittee.directorIsPartySecretary"] });
  });
});

describe("guangzhou-2000/staff-party-members-half (一半以上 includes half)", () => {
  const id = "guangzhou-2000/staff-party-members-half";
  it.each([
    ["4 of 8 (exactly half)", 8, 4, "pass", null],
    ["3 of 8 (one below)", 8, 3, "fail", 1],
    ["5 of 8 (one above)", 8, 5, "pass", null],
    ["4 of 7 (half is 3.5, so 4 are needed)", 7, 4, "pass", null],
    ["3 of 7", 7, 3, "fail", 1],
  ])("%s → %s", (_, fullTimeStaff, fullTimeStaffPartyMembers, status, shortfall) => {
    const f = findingOf(id, community({ residentsCommittee: { fullTimeStaff, fullTimeStaffPartyMembers } }), "2001-01-01");
    expect(f).toMatchObject({ status, shortfall, modality: "target" });
  });

  it("needs both figures", () => {
    expect(findingOf(id, community({ residentsCommittee: { fullTimeStaff: 8 } }), "2001-01-01")).toMatchObject({
      status: "insufficient-data",
      missing: ["residentsCommittee.fullTimeStaffPartyMembers"],
    });
  });

  it("is not applicable the day before the notice", () => {
    expect(findingOf(id, community({ residentsCommittee: { fullTimeStaff: 8, fullTimeStaffPartyMembers: 0 } }), "2000-11-22").status).toBe("not-applicable");
  });
});
