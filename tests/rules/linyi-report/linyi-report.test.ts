import { describe, expect, it } from "vitest";
import { rules } from "../../../src/index";
import { findingOf } from "../../helpers";

const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });

describe("linyi-report/community-size-households (1000~3000户, 指导性指标)", () => {
  const id = "linyi-report/community-size-households";
  it.each([
    [999, "fail", 1],
    [1000, "pass", null],
    [1001, "pass", null],
    [2999, "pass", null],
    [3000, "pass", null],
    [3001, "fail", null],
  ])("%i households → %s", (households, status, shortfall) => {
    expect(findingOf(id, community({ households }), "2002-06-01")).toMatchObject({ status, shortfall, modality: "guidance" });
  });

  it("needs the households", () => {
    expect(findingOf(id, community({}), "2002-06-01")).toMatchObject({ status: "insufficient-data", missing: ["households"] });
  });
});

describe("linyi-report party organization", () => {
  it.each([
    ["branch", "pass"],
    ["general-branch", "pass"],
    ["joint-branch", "fail"],
    ["none", "fail"],
  ])("一居一支部 with %s → %s", (form, status) => {
    expect(findingOf("linyi-report/party-branch-per-community", community({ partyOrganization: { form } }), "2002-06-01")).toMatchObject({ status, modality: "target" });
  });

  it.each([
    [true, "pass"],
    [false, "fail"],
  ])("一人兼 %s → %s (guidance)", (directorIsPartySecretary, status) => {
    expect(findingOf("linyi-report/secretary-heads-residents-committee", community({ residentsCommittee: { directorIsPartySecretary } }), "2002-06-01")).toMatchObject({
      status,
      modality: "guidance",
    });
  });
});

describe("linyi-report/service-station", () => {
  it.each([
    [true, "pass"],
    [false, "fail"],
  ])("station %s → %s", (serviceStation, status) => {
    expect(findingOf("linyi-report/service-station", community({ serviceStation }), "2002-06-01").status).toBe(status);
  });

  it("needs the field", () => {
    expect(findingOf("linyi-report/service-station", community({}), "2002-06-01")).toMatchObject({ status: "insufficient-data", missing: ["serviceStation"] });
  });
});

describe("an undated survey report", () => {
  const failing = community({ households: 500, serviceStation: false, committeeElected: false, workersCertified: false, partyOrganization: { form: "none" }, residentsCommittee: { directorIsPartySecretary: false } });
  // Each rule's subject, failing it: the community, the street (一厅式) and the city (2010 target, pending until its date).
  const failingOf = (id: string) => {
    const kind = rules.find((r) => r.id === id)!.subject;
    if (kind === "street") return { kind, id: "s", oneHallServiceCenter: false };
    if (kind === "city") return { kind, id: "c", advancedCommunities: 0 };
    return failing;
  };
  it.each(rules.filter((r) => r.document === "linyi-report").map((r) => [r.id]))("%s binds from 2001-01-01, the year of the document it quotes, and its note says so", (id) => {
    expect(findingOf(id, failingOf(id), "2000-12-31").status).toBe("not-applicable");
    const f = findingOf(id, failingOf(id), "2001-01-01");
    expect(f.status).toBe(f.due === null ? "fail" : "pending");
    expect(f.note).toMatch(/in force from 2001-01-01/);
    expect(f.citation.issued).toBeNull();
  });
});
