import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const project = (fields: Record<string, unknown>) => ({ kind: "project", id: "p", ...fields });

describe("longgang-2005/acceptance-requires-service-space", () => {
  const id = "longgang-2005/acceptance-requires-service-space";
  const owing = { buildingAreaM2: 45000, serviceSpaceM2: 120, salePricePerM2Yuan: "8650.50" }; // owes 259,515.00

  it.each([
    ["accepted with the space delivered", { accepted: true, serviceSpaceDelivered: true }, "pass"],
    ["accepted without the space", { accepted: true, serviceSpaceDelivered: false }, "fail"],
    ["accepted without the space but paid in lieu in full", { accepted: true, serviceSpaceDelivered: false, ...owing, inLieuPaidYuan: "259515.00" }, "pass"],
    ["accepted without the space, paid a fen short", { accepted: true, serviceSpaceDelivered: false, ...owing, inLieuPaidYuan: "259514.99" }, "fail"],
    ["not accepted yet", { accepted: false, serviceSpaceDelivered: false }, "not-applicable"],
  ])("%s → %s", (_, fields, status) => {
    expect(findingOf(id, project(fields), "2012-01-01").status).toBe(status);
  });

  it("a failure refuses acceptance (art. 35)", () => {
    expect(findingOf(id, project({ accepted: true, serviceSpaceDelivered: false }), "2012-01-01").consequences.map((c) => c.code)).toEqual(["acceptance-refused"]);
  });

  it.each([
    [{ serviceSpaceDelivered: true }, ["accepted"]],
    [{ accepted: true }, ["serviceSpaceDelivered"]],
  ])("with %j the data is insufficient", (fields, missing) => {
    expect(findingOf(id, project(fields), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, project({ accepted: true, serviceSpaceDelivered: false }), "2005-07-26").status).toBe("not-applicable");
  });
});

describe("longgang-2005/phased-project-space-first", () => {
  const id = "longgang-2005/phased-project-space-first";
  it.each([
    ["space in the first phase", { phased: true, serviceSpacePhase: 1 }, "pass"],
    ["space in the second phase", { phased: true, serviceSpacePhase: 2 }, "fail"],
    ["not phased", { phased: false, serviceSpacePhase: 3 }, "not-applicable"],
  ])("%s → %s", (_, fields, status) => {
    expect(findingOf(id, project(fields), "2012-01-01").status).toBe(status);
  });

  it.each([
    [{ serviceSpacePhase: 1 }, ["phased"]],
    [{ phased: true }, ["serviceSpacePhase"]],
  ])("with %j the data is insufficient", (fields, missing) => {
    expect(findingOf(id, project(fields), "2012-01-01")).toMatchObject({ status: "insufficient-data", missing });
  });

  it("is not applicable the day before the measures came into force", () => {
    expect(findingOf(id, project({ phased: true, serviceSpacePhase: 2 }), "2005-07-26").status).toBe("not-applicable");
  });
});
