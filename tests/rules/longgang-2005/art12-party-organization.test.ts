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
