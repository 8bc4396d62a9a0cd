import { describe, expect, it } from "vitest";
import { findingOf, outcomeFor } from "../../helpers";

const ID = "guangzhou-2011/model-selection-every-two-years";
const city = (modelSelections?: string[]) => ({ kind: "city", id: "gz", ...(modelSelections && { modelSelections }) });

describe(`${ID} (每兩年開展一次, from 2011-07-23)`, () => {
  it.each([
    ["no selection yet, exactly two years after the opinions", [], "2013-07-23", "pass"],
    ["no selection yet, two years and a day after", [], "2013-07-24", "fail"],
    ["selections two years apart, exactly", ["2013-07-23", "2015-07-23"], "2017-07-23", "pass"],
    ["a gap of two years and a day between selections", ["2012-01-01", "2014-01-02"], "2014-06-01", "fail"],
    ["the open gap since the last selection runs over two years", ["2012-01-01", "2013-12-01"], "2015-12-02", "fail"],
    ["a selection after the as-of day does not count", ["2014-01-01"], "2013-07-24", "fail"],
  ])("%s → %s", (_, selections, asOf, status) => {
    expect(findingOf(ID, city(selections), asOf).status).toBe(status);
  });

  it("says when the next selection is due", () => {
    expect(findingOf(ID, city(["2013-05-10"]), "2014-01-01").message.en).toMatch(/next selection due by 2015-05-10/);
  });

  it("names the gap that is too long", () => {
    expect(findingOf(ID, city(["2012-01-01", "2014-01-02"]), "2014-06-01").message.en).toMatch(/between 2012-01-01 and 2014-01-02/);
  });

  it("is not applicable the day before the opinions", () => {
    expect(findingOf(ID, city([]), "2011-07-22").status).toBe("not-applicable");
  });

  it("needs the list of selections", () => {
    expect(findingOf(ID, city(), "2014-01-01")).toMatchObject({ status: "insufficient-data", missing: ["modelSelections"] });
  });
});

describe(`${ID}: what it measures and says`, () => {
  const required = { comparison: "no-gap-over", value: 2 };
  it.each([
    ["none yet: nothing measured, due two years after the opinions", [], "2012-01-01", { met: true, measured: null, detail: { zh: "下次评选应不晚于2013-07-23", en: "next selection due by 2013-07-23" } }],
    ["the latest of selections given out of order", ["2014-01-01", "2013-01-01"], "2014-06-01", { met: true, measured: "2014-01-01", detail: { zh: "下次评选应不晚于2016-01-01", en: "next selection due by 2016-01-01" } }],
    ["a selection on the as-of day counts", ["2013-07-23"], "2013-07-23", { met: true, measured: "2013-07-23", detail: { zh: "下次评选应不晚于2015-07-23", en: "next selection due by 2015-07-23" } }],
    ["a selection on the day the opinions came into force counts", ["2011-07-23"], "2012-01-01", { met: true, measured: "2011-07-23", detail: { zh: "下次评选应不晚于2013-07-23", en: "next selection due by 2013-07-23" } }],
    ["a selection before the opinions does not", ["2011-07-22"], "2012-01-01", { met: true, measured: null, detail: { zh: "下次评选应不晚于2013-07-23", en: "next selection due by 2013-07-23" } }],
    ["a gap too long is named", ["2012-01-01", "2014-01-02"], "2014-06-01", { met: false, measured: "2014-01-02", detail: { zh: "2012-01-01至2014-01-02间隔超过2年", en: "more than 2 years between 2012-01-01 and 2014-01-02" } }],
  ])("%s", (_, selections, asOf, expected) => {
    expect(outcomeFor(ID, city(selections), asOf)).toEqual({ kind: "measured", ...expected, required, shortfall: null });
  });
});
