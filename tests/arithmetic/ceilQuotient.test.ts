import { describe, expect, it } from "vitest";
import { ceilQuotient } from "../../src/arithmetic/ceilQuotient";

describe("ceilQuotient: the smallest whole number at least a / b", () => {
  it.each([
    ["15% of 2,001 people (30015 / 100)", 30015, 100, 301],
    ["exactly 300", 30000, 100, 300],
    ["one over a multiple", 30001, 100, 301],
    ["one under a multiple", 29999, 100, 300],
    ["nothing", 0, 7, 0],
    ["a seventh", 1, 7, 1],
    ["2^53 − 1 thirds: a third over 3,002,399,751,580,330", Number.MAX_SAFE_INTEGER, 3, 3_002_399_751_580_331],
    ["2^53 − 2 halves", Number.MAX_SAFE_INTEGER - 1, 2, 4_503_599_627_370_495],
  ])("%s", (_, dividend, divisor, expected) => {
    expect(ceilQuotient(dividend, divisor)).toBe(expected);
  });
});
