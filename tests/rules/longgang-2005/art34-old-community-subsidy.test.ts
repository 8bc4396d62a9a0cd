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

  // 对没有发展空间而又无社区综合服务用房的老社区,经济欠发达没有房地产开发或不允许开发商品房项目的社区: two groups.
  it.each([
    ["an old community without space", { oldCommunityWithoutSpace: true }, "info", undefined],
    ["an underdeveloped community without housing development (the second group)", { underdevelopedWithoutHousing: true }, "info", undefined],
    ["the second group, the first unknown", { underdevelopedWithoutHousing: true, oldCommunityWithoutSpace: false }, "info", undefined],
    ["neither", { oldCommunityWithoutSpace: false, underdevelopedWithoutHousing: false }, "not-applicable", undefined],
    ["not the first, the second unknown", { oldCommunityWithoutSpace: false }, "insufficient-data", ["underdevelopedWithoutHousing"]],
    ["not the second, the first unknown", { underdevelopedWithoutHousing: false }, "insufficient-data", ["oldCommunityWithoutSpace"]],
    ["nothing known: both asked for, never guessed", {}, "insufficient-data", ["oldCommunityWithoutSpace", "underdevelopedWithoutHousing"]],
  ])("%s → %s", (_, fields, status, missing) => {
    const f = findingOf(ID, community(fields), "2012-01-01");
    expect(f.status).toBe(status);
    if (missing) expect(f.missing).toEqual(missing);
  });

  it("says why neither group is bound, in Chinese", () => {
    expect(findingOf(ID, community({ oldCommunityWithoutSpace: false, underdevelopedWithoutHousing: false }), "2012-01-01").message.zh).toContain("既非无服务用房的老社区，也非欠发达无商品房开发的社区");
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community({ oldCommunityWithoutSpace: true }), "2005-07-26").status).toBe("not-applicable");
  });
});
