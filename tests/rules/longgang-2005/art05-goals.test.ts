import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

// 第五条 社区建设的目标: targets, each due at the end of its year (到2007年, 到2010年).
describe.each([
  ["longgang-2005/shenzhen-standard-by-2007", "meetsShenzhenStandard", "2007-12-31", "2008-01-01"],
  ["longgang-2005/model-standard-by-2010", "meetsModelStandard", "2010-12-31", "2011-01-01"],
])("%s", (id, key, due, dayAfter) => {
  const community = (value?: boolean) => ({ kind: "community", id: "c", ...(value !== undefined && { [key]: value }) });
  it.each([
    [true, dayAfter, "pass"],
    [false, due, "pending"],
    [false, dayAfter, "fail"],
    [false, "2005-07-26", "not-applicable"],
  ])("%s on %s → %s", (value, asOf, status) => {
    expect(findingOf(id, community(value), asOf)).toMatchObject({ status, modality: "target", due });
  });

  it("needs the field", () => {
    expect(findingOf(id, community(), dayAfter)).toMatchObject({ status: "insufficient-data", missing: [key] });
  });
});
