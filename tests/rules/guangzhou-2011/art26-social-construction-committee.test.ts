import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

// 市、區(縣級市)黨委成立社會建設工作委員會: one committee for the city, one for each district.
describe.each([
  ["guangzhou-2011/city-social-construction-committee", "city"],
  ["guangzhou-2011/district-social-construction-committee", "district"],
])("%s", (id, kind) => {
  const subject = (socialConstructionCommittee?: boolean) => ({ kind, id: "x", ...(socialConstructionCommittee !== undefined && { socialConstructionCommittee }) });
  it.each([
    [true, "2012-01-01", "pass"],
    [false, "2012-01-01", "fail"],
    [false, "2011-07-23", "fail"],
    [false, "2011-07-22", "not-applicable"],
  ])("%s on %s → %s", (value, asOf, status) => {
    expect(findingOf(id, subject(value), asOf).status).toBe(status);
  });

  it("needs the field", () => {
    expect(findingOf(id, subject(), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing: ["socialConstructionCommittee"] });
  });

  it("quotes the seed's traditional characters and shows simplified ones", () => {
    expect(findingOf(id, subject(true), "2012-01-01").citation).toMatchObject({
      article: "26",
      quote: "市、區(縣級市)黨委成立社會建設工作委員會",
      displayQuote: "市、区(县级市)党委成立社会建设工作委员会",
    });
  });
});
