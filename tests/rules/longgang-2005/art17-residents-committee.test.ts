import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const community = (residentsCommittee: Record<string, number>) => ({ kind: "community", id: "c", residentsCommittee });

describe.each<[string, string, [number, string, number | null][]]>([
  ["longgang-2005/residents-committee-members", "members", [[4, "fail", 1], [5, "pass", null], [6, "pass", null], [8, "pass", null], [9, "pass", null], [10, "fail", null]]],
  ["longgang-2005/residents-committee-director", "directors", [[0, "fail", 1], [1, "pass", null], [2, "fail", null]]],
  ["longgang-2005/residents-committee-deputy-directors", "deputyDirectors", [[0, "fail", 1], [1, "pass", null], [2, "pass", null], [3, "fail", null]]],
])("%s (由5—9人组成, 主任1名, 副主任1—2名)", (id, key, table) => {
  it.each(table)(`${key} = %i → %s, shortfall %s`, (value, status, shortfall) => {
    const f = findingOf(id, community({ [key]: value }), "2012-01-01");
    expect(f.status).toBe(status);
    expect(f.shortfall).toBe(shortfall);
    expect(f.modality).toBe("requirement");
  });

  it("needs the figure", () => {
    expect(findingOf(id, community({}), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: [`residentsCommittee.${key}`] });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, community({ [key]: 99 }), "2005-07-26").status).toBe("not-applicable");
  });
});

it("a committee of 10 is reported as exceeding the upper bound by 1", () => {
  expect(findingOf("longgang-2005/residents-committee-members", community({ members: 10 }), "2012-01-01").message.en).toMatch(/exceeds the upper bound by 1/);
});
