import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant: those of the rules and the engine. The command line,
// spreadsheet builds, property and package tests are slow and test other things. `npm run mutation`
// sets FUZZ_RUNS low: the generated-subject tests run for every mutant.
export default defineConfig({
  test: {
    include: ["tests/rules/**/*.test.ts", "tests/engine/**/*.test.ts", "tests/checks/**/*.test.ts", "tests/arithmetic/**/*.test.ts", "tests/calculators/**/*.test.ts", "tests/dates/**/*.test.ts", "tests/labels/**/*.test.ts", "tests/authoring/**/*.test.ts", "tests/measure/**/*.test.ts"],
    // The bundle-size test builds with esbuild against dist/: not a test of the mutated code.
    exclude: ["tests/calculators/bundleSize.test.ts"],
  },
});
