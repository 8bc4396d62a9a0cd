import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/joint-meeting-quarterly";
const community = (jointMeetings?: string[]) => ({ kind: "community", id: "c", partyOrganization: jointMeetings ? { jointMeetings } : {} });

describe(ID, () => {
  it("原则上 makes it guidance, which still fails a finished quarter without a meeting", () => {
    expect(findingOf(ID, community([]), "2012-04-01")).toMatchObject({ modality: "guidance", status: "fail" });
  });

  it.each([
    ["every quarter so far had a meeting", ["2012-02-01", "2012-04-01", "2012-09-30", "2012-10-10"], "2012-10-15", "pass", null],
    ["only the running quarter lacks one: pending", ["2012-03-31", "2012-06-30"], "2012-07-01", "pending", 1],
    ["a finished quarter lacks one: fail", ["2012-01-05", "2012-07-01"], "2012-07-02", "fail", 1],
    ["the quarter's last day counts as in the quarter", ["2012-03-31"], "2012-03-31", "pass", null],
    ["on the day after the quarter, a quarter without a meeting fails", [], "2012-04-01", "fail", 2],
    ["on the quarter's last day it is still pending", [], "2012-03-31", "pending", 1],
    ["meetings of the previous year do not count", ["2011-12-31"], "2012-02-01", "pending", 1],
    ["a meeting recorded after the as-of day does not count", ["2012-05-01"], "2012-04-15", "fail", 2],
  ])("%s", (_, meetings, asOf, status, shortfall) => {
    const f = findingOf(ID, community(meetings), asOf);
    expect(f.status).toBe(status);
    expect(f.shortfall).toBe(shortfall);
  });

  it("skips the quarters before the measures came into force (2005-07-27)", () => {
    const f = findingOf(ID, community(["2005-09-01", "2005-11-01"]), "2005-12-31");
    expect(f).toMatchObject({ status: "pass", measured: 2, required: { value: 2 } });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(ID, community([]), "2005-07-26").status).toBe("not-applicable");
  });

  it("without a meeting list the data is insufficient", () => {
    expect(findingOf(ID, community(), "2012-06-01")).toMatchObject({ status: "insufficient-data", missing: ["partyOrganization.jointMeetings"] });
  });
});
