import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/cross-appointment";
const community = (members: number, membersOnPartyCommittee: number) => ({ kind: "community", id: "c", residentsCommittee: { members, membersOnPartyCommittee } });

describe(`${ID} (可: a permission, never a failure)`, () => {
  it.each([
    ["7 of 10 (exactly 70%)", 10, 7, "70.00", /expressly allowed/],
    ["69 of 100 (one below 70%)", 100, 69, "69.00", /does not require/],
    ["71 of 100", 100, 71, "71.00", /expressly allowed/],
    ["2 of 3", 3, 2, "66.67", /does not require/],
    ["all of 9", 9, 9, "100.00", /expressly allowed/],
  ])("%s is reported as %s%%", (_, members, cross, percent, words) => {
    const f = findingOf(ID, community(members, cross), "2012-01-01");
    expect(f).toMatchObject({ status: "info", modality: "permission", measured: percent });
    expect(f.message.en).toMatch(words);
  });

  it("needs both figures", () => {
    expect(findingOf(ID, { kind: "community", id: "c", residentsCommittee: { members: 7 } }, "2012-01-01")).toMatchObject({
      status: "insufficient-data",
      missing: ["residentsCommittee.membersOnPartyCommittee"],
    });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community(10, 7), "2005-07-26").status).toBe("not-applicable");
  });
});
