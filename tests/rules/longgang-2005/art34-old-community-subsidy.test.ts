import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/old-community-subsidy";
const community = (fields: Record<string, unknown>) => ({ kind: "community", id: "c", ...fields });

describe(ID, () => {
  it.each([
    ["eligible, nothing recorded: 1,500,000 owed is reported", {}, "info"],
    ["eligible, granted 1,499,999.99", { funding: { oldCommunitySubsidyYuan: "1499999.99" } }, "fail"],
    ["eligible, granted exactly 1,500,000", { funding: { oldCommunitySubsidyYuan: 1500000 } }, "pass"],
    ["eligible, granted 1,500,000.01", { funding: { oldCommunitySubsidyYuan: "1500000.01" } }, "pass"],
  ])("%s → %s", (_, fields, status) => {
    const f = findingOf(ID, community({ oldCommunityWithoutSpace: true, ...fields }), "2012-01-01");
    expect(f.status).toBe(status);
    expect(f.required?.value).toBe("1500000.00");
  });

  it("does not apply to a community that is not an old community without space", () => {
    expect(findingOf(ID, community({ oldCommunityWithoutSpace: false }), "2012-01-01").status).toBe("not-applicable");
  });

  it("does not guess eligibility", () => {
    expect(findingOf(ID, community({}), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["oldCommunityWithoutSpace"] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community({ oldCommunityWithoutSpace: true }), "2005-07-26").status).toBe("not-applicable");
  });
});
