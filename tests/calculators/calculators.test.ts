import { describe, expect, it } from "vitest";
import { governmentPurchasePrice, inLieuPayment, projectInLieuPayment, requiredCount, requiredServiceSpace, requiredStreetServiceCenterArea, splitWorkStationFunding } from "../../src/index";

describe("requiredServiceSpace (Longgang art. 33, 300:1)", () => {
  it.each([
    ["30,000 m² needs exactly 100 m²", 30000, "100.00"],
    ["30,001 m² needs 100.0033… → 100.01 m² (rounded up)", 30001, "100.01"],
    ["29,999 m² needs 99.9966… → 100.00 m²", 29999, "100.00"],
    ["1,000 m² needs 3.333… → 3.34 m²", 1000, "3.34"],
    ["a decimal string is read exactly", "45000.30", "150.01"],
    ["no building needs no space", 0, "0.00"],
  ])("%s", (_, area, expected) => {
    expect(requiredServiceSpace(area)).toBe(expected);
  });

  it("names the argument of a bad value", () => {
    expect(() => requiredServiceSpace(-1)).toThrow(/buildingAreaM2/);
  });
});

describe("inLieuPayment (Longgang art. 33)", () => {
  it.each([
    ["10 m² at 12,345.675 yuan is 123,456.75 exactly", 10, 12345.675, "123456.75"],
    ["0.5 m² at 0.01 yuan is 0.005 → 0.01 (half up)", 0.5, 0.01, "0.01"],
    ["0.3 m² at 3 yuan is 0.9, not 0.8999…", 0.3, 3, "0.90"],
    ["no shortfall owes nothing", 0, 8650.5, "0.00"],
  ])("%s", (_, shortfall, price, expected) => {
    expect(inLieuPayment(shortfall, price)).toBe(expected);
  });
});

describe("governmentPurchasePrice (Longgang art. 36, cost + 5%)", () => {
  it.each([
    ["4.3 → 4.515 → 4.52 (binary floats give 4.51)", 4.3, "4.52"],
    ["10.1 → 10.605 → 10.61", "10.1", "10.61"],
    ["1,000,000 → 1,050,000.00", 1000000, "1050000.00"],
    ["0.01 → 0.0105 → 0.01", 0.01, "0.01"],
  ])("%s", (_, cost, expected) => {
    expect(governmentPurchasePrice(cost)).toBe(expected);
  });
});

describe("splitWorkStationFunding (Longgang art. 44, thirds to the fen)", () => {
  it.each([
    ["100.00: one leftover fen to the district", 100, ["33.34", "33.33", "33.33"]],
    ["100.01: two leftover fen to district and street", "100.01", ["33.34", "33.34", "33.33"]],
    ["100.02: divides evenly", "100.02", ["33.34", "33.34", "33.34"]],
    ["0.01: the one fen goes to the district", 0.01, ["0.01", "0.00", "0.00"]],
    ["600,000 divides evenly", 600000, ["200000.00", "200000.00", "200000.00"]],
  ])("%s", (_, total, expected) => {
    expect(splitWorkStationFunding(total)).toEqual(expected);
  });

  it.each([1, 100, 100.01, 999999.99, 0.02])("the shares of %s add up to the total exactly", (total) => {
    const sum = splitWorkStationFunding(total).reduce((acc, share) => acc + Math.round(Number(share) * 100), 0);
    expect(sum).toBe(Math.round(total * 100));
  });

  it("refuses a total with a fraction of a fen", () => {
    expect(() => splitWorkStationFunding("100.005")).toThrow(/whole fen/);
  });
});

describe("requiredCount", () => {
  it.each([
    ["15% of 2,001 residents is 300.15 → 301", 2001, 15, 100, 301],
    ["15% of 2,000 is exactly 300", 2000, 15, 100, 300],
    ["15% of 1,999 is 299.85 → 300", 1999, 15, 100, 300],
    ["2 per 10,000 of 12,345 is 2.469 → 3", 12345, 2, 10000, 3],
    ["30 per 1,000 of 1,000 elderly is 30", 1000, 30, 1000, 30],
    ["3% of 0 is 0", 0, 3, 100, 0],
  ])("%s", (_, base, numerator, denominator, expected) => {
    expect(requiredCount(base, numerator, denominator)).toBe(expected);
  });

  it("refuses a zero denominator", () => {
    expect(() => requiredCount(10, 1, 0)).toThrow(/denominator/);
  });
});

describe("requiredStreetServiceCenterArea (Guangzhou 2000, 10 m² per 1000 people)", () => {
  it.each([
    ["45,678 people need 456.78 m²", 45678, "456.78"],
    ["1,000 people need 10 m²", 1000, "10.00"],
    ["1 person needs 0.01 m² (rounded up)", 1, "0.01"],
    ["1,001 people need 10.01 m²", 1001, "10.01"],
    ["0 people need nothing", 0, "0.00"],
  ])("%s", (_, population, expected) => {
    expect(requiredStreetServiceCenterArea(population)).toBe(expected);
  });
});

describe("projectInLieuPayment (Longgang art. 33, for a whole project)", () => {
  it.each([
    ["45,000 m² with 120 m² at 8,650.50: 30 m² short → 259,515.00", 45000, 120, "8650.50", "259515.00"],
    ["30,001 m² with 100 m² at 20,000: 0.00333… m² short → 66.67", 30001, 100, 20000, "66.67"],
    ["30,000 m² with 100 m²: nothing owed", 30000, 100, 20000, "0.00"],
    ["more space than needed: nothing owed", 30000, 200, 20000, "0.00"],
    ["30,001 m² with 100 m² at 1 yuan: 0.0033 → 0.00", 30001, 100, 1, "0.00"],
  ])("%s", (_, building, space, price, expected) => {
    expect(projectInLieuPayment(building, space, price)).toBe(expected);
  });
});

describe("calculators given what they cannot read", () => {
  it.each([
    ["an object holding a BigInt (fast-check found it throwing a TypeError)", () => requiredCount({ x: 0n } as never, 0, 1), /^base: .*received object$/],
    ["a count past 2^53", () => requiredCount("999999999999999", "999999999999999", 1), /^base: the count asked for, \d+, is too large/],
    ["an area past 15 digits", () => requiredServiceSpace("1234567890123456"), /^buildingAreaM2: .*at most 15 digits/],
  ])("throws a RangeError naming the parameter for %s", (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
