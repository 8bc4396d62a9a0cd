import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

describe.each([
  ["guangzhou-2000/district-service-center-staff", "district", 5],
  ["guangzhou-2000/street-service-center-staff", "street", 3],
])("%s (分别配备5名和3名事业编制)", (id, kind, posts) => {
  const subject = (fields: Record<string, unknown>) => ({ kind, id: "x", pilot: true, ...fields });

  it.each([
    [posts - 1, "fail", 1],
    [posts, "pass", null],
    [posts + 1, "pass", null],
  ])("%i posts → %s", (serviceCenterPosts, status, shortfall) => {
    expect(findingOf(id, subject({ serviceCenterPosts }), "2001-06-01")).toMatchObject({ status, shortfall });
  });

  it("does not apply outside the pilots", () => {
    expect(findingOf(id, subject({ pilot: false, serviceCenterPosts: 0 }), "2001-06-01").status).toBe("not-applicable");
  });

  it("needs the posts", () => {
    expect(findingOf(id, subject({}), "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["serviceCenterPosts"] });
  });

  it("is not applicable the day before the notice", () => {
    expect(findingOf(id, subject({ serviceCenterPosts: 0 }), "2000-11-22").status).toBe("not-applicable");
  });
});

describe("guangzhou-2000/street-culture-station-grade (达到省一级)", () => {
  const id = "guangzhou-2000/street-culture-station-grade";
  const street = (fields: Record<string, unknown>) => ({ kind: "street", id: "s", pilot: true, ...fields });

  it.each([
    ["none", "fail"],
    ["third", "fail"],
    ["second", "fail"],
    ["first", "pass"],
    ["special", "pass"],
  ])("grade %s → %s", (cultureStationGrade, status) => {
    expect(findingOf(id, street({ cultureStationGrade }), "2001-06-01").status).toBe(status);
  });

  it("does not apply outside the pilot streets", () => {
    expect(findingOf(id, street({ pilot: false, cultureStationGrade: "none" }), "2001-06-01").status).toBe("not-applicable");
  });

  it("needs the grade", () => {
    expect(findingOf(id, street({}), "2001-06-01")).toMatchObject({ status: "insufficient-data", missing: ["cultureStationGrade"] });
  });

  it("is not applicable the day before the notice", () => {
    expect(findingOf(id, street({ cultureStationGrade: "none" }), "2000-11-22").status).toBe("not-applicable");
  });
});
