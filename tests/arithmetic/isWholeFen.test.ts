import { describe, expect, it } from "vitest";
import { Exact } from "../../src/arithmetic/exact";
import { isWholeFen } from "../../src/arithmetic/isWholeFen";

describe("isWholeFen", () => {
  it.each([
    ["100", true],
    ["100.1", true],
    ["100.01", true],
    ["100.010", true],
    ["100.001", false],
    ["0.005", false],
    ["0.01", true],
    ["0.009", false],
  ])("%s yuan is whole fen: %s", (yuan, expected) => {
    expect(isWholeFen(new Exact(yuan))).toBe(expected);
  });
});
