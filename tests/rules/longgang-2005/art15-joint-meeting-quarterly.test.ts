import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const ID = "longgang-2005/joint-meeting-quarterly";
const community = (jointMeetings?: string[]) => ({ kind: "community", id: "c", partyOrganization: jointMeetings ? { jointMeetings } : {} });

describe(ID, () => {
  it("原则上 makes it guidance, which still fails a finished quarter without a meeting", () => {
    expect(findingOf(ID, community([]), "2005-10-01")).toMatchObject({ modality: "guidance", status: "fail", shortfall: 2 });
  });

  /** A meeting in the middle of every quarter from 2005 Q3 (the measures' first) up to `year` Q`quarter`. */
  const everyQuarterUpTo = (year: number, quarter: number, skip: string[] = []) => {
    const days: string[] = [];
    for (let y = 2005; y <= year; y++) {
      for (let q = y === 2005 ? 3 : 1; q <= (y === year ? quarter : 4); q++) if (!skip.includes(`${y}Q${q}`)) days.push(`${y}-${String(q * 3 - 1).padStart(2, "0")}-15`);
    }
    return days;
  };

  it.each([
    ["every quarter since 2005 Q3 had a meeting", everyQuarterUpTo(2012, 4), "2012-11-15", "pass", null],
    ["only the running quarter lacks one: pending", everyQuarterUpTo(2012, 2), "2012-07-01", "pending", 1],
    ["a finished quarter lacks one: fail", [...everyQuarterUpTo(2012, 2, ["2012Q2"]), "2012-07-01"], "2012-07-02", "fail", 1],
    ["2012 Q4 without a meeting, on 2012-12-31: still running, pending", everyQuarterUpTo(2012, 3), "2012-12-31", "pending", 1],
    ["the same on 2013-01-01: the finished 2012 Q4 fails, 2013 Q1 is running", everyQuarterUpTo(2012, 3), "2013-01-01", "fail", 2],
    ["a quarter missed in 2008 still fails in 2012", everyQuarterUpTo(2012, 4, ["2008Q1"]), "2012-11-15", "fail", 1],
    ["the quarter's last day counts as in the quarter", [...everyQuarterUpTo(2011, 4), "2012-03-31"], "2012-03-31", "pass", null],
    ["on the day after the quarter, a quarter without a meeting fails", everyQuarterUpTo(2011, 4), "2012-04-01", "fail", 2],
    ["a meeting recorded after the as-of day does not count", [...everyQuarterUpTo(2012, 1), "2012-05-01"], "2012-04-15", "pending", 1],
  ])("%s", (_, meetings, asOf, status, shortfall) => {
    const f = findingOf(ID, community(meetings), asOf);
    expect(f.status).toBe(status);
    expect(f.shortfall).toBe(shortfall);
  });

  it("names the quarters lacking, with their years, across the new year", () => {
    const f = findingOf(ID, community(everyQuarterUpTo(2012, 3)), "2013-01-01");
    expect(f.message.zh).toContain("未开会的季度：2012年第4季度、2013年第1季度（进行中）");
  });

  it("names the eight most recent quarters lacking and counts the earlier ones", () => {
    const f = findingOf(ID, community([]), "2012-12-31");
    expect(f.shortfall).toBe(30);
    expect(f.message.zh).toContain("未开会的季度：此前 22 个季度及2011年第1季度、");
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
