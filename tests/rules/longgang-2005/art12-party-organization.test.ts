import { describe, expect, it } from "vitest";
import { findingOf, statusOf } from "../../helpers";

const ASOF = "2012-01-01";
const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });

describe("longgang-2005/party-organization-form", () => {
  const ID = "longgang-2005/party-organization-form";
  it.each([
    ["2 members (one below 3) need no branch", 2, "none", "not-applicable"],
    ["3 members (以上 includes 3) need a branch: has one", 3, "branch", "pass"],
    ["3 members without a branch", 3, "none", "fail"],
    ["3 members with only a joint branch", 3, "joint-branch", "fail"],
    ["49 members (one below 50) with a branch", 49, "branch", "pass"],
    ["50 members need a general branch: has only a branch", 50, "branch", "fail"],
    ["50 members with a general branch", 50, "general-branch", "pass"],
    ["51 members with a general branch", 51, "general-branch", "pass"],
  ])("%s", (_, partyMembers, form, status) => {
    expect(statusOf(ID, community({ partyMembers, partyOrganization: { form } }), ASOF)).toBe(status);
  });

  // 不具备设立社区党总支条件的,社区党组织与股份合作公司党组织暂不分设.
  it.each([
    ["50 members lacking the conditions keep a branch", 50, "branch", true, "pass"],
    ["50 members lacking the conditions, one organization with the company's (joint)", 50, "joint-branch", true, "pass"],
    ["50 members lacking the conditions still need some organization", 50, "none", true, "fail"],
    ["50 members with the conditions (recorded false) need a general branch", 50, "branch", false, "fail"],
    ["49 members: the exception does not reach the branch a community needs", 49, "joint-branch", true, "fail"],
  ])("%s", (_, partyMembers, form, lacksGeneralBranchConditions, status) => {
    expect(statusOf(ID, community({ partyMembers, partyOrganization: { form, lacksGeneralBranchConditions } }), ASOF)).toBe(status);
  });

  it("says why a branch is accepted for a community that lacks the conditions", () => {
    const f = findingOf(ID, community({ partyMembers: 60, partyOrganization: { form: "branch", lacksGeneralBranchConditions: true } }), ASOF);
    expect(f.message.zh).toContain("不具备设立社区党总支条件");
    expect(f.message.en).toContain("lacks the conditions for a general branch");
  });

  it.each([
    ["party members", { partyOrganization: { form: "branch" } }, ["partyMembers"]],
    ["the form", { partyMembers: 10 }, ["partyOrganization.form"]],
  ])("without %s the data is insufficient", (_, fields, missing) => {
    expect(findingOf(ID, community(fields), ASOF)).toMatchObject({ status: "insufficient-data", missing });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(statusOf(ID, community({ partyMembers: 10, partyOrganization: { form: "none" } }), "2005-07-26")).toBe("not-applicable");
  });
});

describe.each<[string, string, [number, string][]]>([
  ["longgang-2005/party-committee-members", "committeeMembers", [[2, "fail"], [3, "pass"], [4, "pass"], [6, "pass"], [7, "pass"], [8, "fail"]]],
  ["longgang-2005/party-secretary", "secretaries", [[0, "fail"], [1, "pass"], [2, "fail"]]],
  ["longgang-2005/party-deputy-secretaries", "deputySecretaries", [[0, "fail"], [1, "pass"], [2, "pass"], [3, "fail"]]],
])("%s (guidance: 一般)", (id, key, table) => {
  it.each(table)(`${key} = %i → %s`, (value, status) => {
    const f = findingOf(id, community({ partyOrganization: { form: "branch", [key]: value } }), ASOF);
    expect(f.status).toBe(status);
    expect(f.modality).toBe("guidance");
  });

  it("does not apply to a community without a party organization", () => {
    expect(statusOf(id, community({ partyOrganization: { form: "none" } }), ASOF)).toBe("not-applicable");
  });

  it("needs the figure", () => {
    expect(findingOf(id, community({ partyOrganization: { form: "branch" } }), ASOF)).toMatchObject({ status: "insufficient-data", missing: [`partyOrganization.${key}`] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(statusOf(id, community({ partyOrganization: { form: "branch", [key]: 99 } }), "2005-07-26")).toBe("not-applicable");
  });
});
