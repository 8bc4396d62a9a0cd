import { describe, expect, it } from "vitest";
import { findingOf } from "../../helpers";

const room = (fn: string, areaM2: number | string) => ({ functions: [fn], areaM2 });
const community = (rooms?: unknown[]) => ({ kind: "community", id: "c", ...(rooms && { rooms }) });

// Art. 32's nine minimum areas, as the article states them.
const AREAS = [
  ["office", 200],
  ["party-activity", 100],
  ["police", 50],
  ["stability-governance", 30],
  ["mediation", 30],
  ["elderly-home", 200],
  ["health-center", 400],
  ["library", 100],
  ["outdoor-plaza", 1000],
] as const;

describe.each(AREAS)("longgang-2005/facility-area/%s (%i m² 以上, by 2010)", (fn, min) => {
  const id = `longgang-2005/facility-area/${fn}`;
  const after = "2011-01-01";

  it.each([
    ["a hundredth below the minimum", (min - 0.01).toFixed(2), "fail", "0.01"],
    ["exactly the minimum", String(min), "pass", null],
    ["a hundredth above", (min + 0.01).toFixed(2), "pass", null],
  ])("%s → %s", (_, area, status, shortfall) => {
    expect(findingOf(id, community([room(fn, area)]), after)).toMatchObject({ status, shortfall, required: { comparison: "at-least", value: `${min}.00`, unit: "m2" } });
  });

  it.each([
    ["on the due date 2010-12-31 a shortfall is pending", "2010-12-31", "pending"],
    ["the day after it fails", "2011-01-01", "fail"],
    ["the day before the measures came into force it is not applicable", "2005-07-26", "not-applicable"],
  ])("%s", (_, asOf, status) => {
    expect(findingOf(id, community([room(fn, 0)]), asOf).status).toBe(status);
  });

  it("without a room list the data is insufficient", () => {
    expect(findingOf(id, community(), after)).toMatchObject({ status: "insufficient-data", missing: ["rooms"] });
  });

  it("a room list without the function does not say there is none: the data is insufficient", () => {
    expect(findingOf(id, community([room("other", 5000)]), after)).toMatchObject({ status: "insufficient-data", missing: [`rooms[function=${fn}]`] });
  });

  it("a room of 0 m² says there is none", () => {
    expect(findingOf(id, community([room(fn, 0)]), after)).toMatchObject({ status: "fail", measured: "0" });
  });
});

describe("rooms used for several functions (一室多用)", () => {
  const shared = community([
    { functions: ["library", "party-activity"], areaM2: "60.5" },
    { functions: ["library"], areaM2: "39.5" },
  ]);

  it("a shared room counts in full toward each of its functions, summed exactly", () => {
    expect(findingOf("longgang-2005/facility-area/library", shared, "2011-01-01")).toMatchObject({ status: "pass", measured: "100" });
    expect(findingOf("longgang-2005/facility-area/party-activity", shared, "2011-01-01")).toMatchObject({ status: "fail", measured: "60.5", shortfall: "39.50" });
  });

  it("the finding says the area relies on a shared room", () => {
    expect(findingOf("longgang-2005/facility-area/library", shared, "2011-01-01").message.zh).toMatch(/一室多用/);
    expect(findingOf("longgang-2005/facility-area/police", community([room("police", 60)]), "2011-01-01").message.zh).not.toMatch(/一室多用/);
  });

  it("0.1 + 0.2 m² of rooms is exactly 0.3 m²", () => {
    const f = findingOf("longgang-2005/facility-area/police", community([room("police", 0.1), room("police", 0.2)]), "2011-01-01");
    expect(f.measured).toBe("0.3");
  });
});

describe("longgang-2005/one-stop-service-window", () => {
  const id = "longgang-2005/one-stop-service-window";
  it.each([
    [true, "2011-01-01", "pass"],
    [false, "2010-12-31", "pending"],
    [false, "2011-01-01", "fail"],
    [false, "2005-07-26", "not-applicable"],
  ])("window %s on %s → %s", (oneStopServiceWindow, asOf, status) => {
    expect(findingOf(id, { kind: "community", id: "c", oneStopServiceWindow }, asOf).status).toBe(status);
  });

  it("needs the field", () => {
    expect(findingOf(id, { kind: "community", id: "c" }, "2011-01-01")).toMatchObject({ status: "insufficient-data", missing: ["oneStopServiceWindow"] });
  });
});
