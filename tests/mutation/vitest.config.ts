import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant: those of the rules and the engine. The command line,
// spreadsheet builds, property and package tests are slow and test other things.
export default defineConfig({
  test: {
    include: ["tests/rules/**/*.test.ts", "tests/engine/**/*.test.ts", "tests/arithmetic/**/*.test.ts", "tests/calculators/**/*.test.ts", "tests/dates/**/*.test.ts", "tests/labels/**/*.test.ts"],
  },
});
