import type { ParseArgsConfig } from "node:util";

/** The command line's options, for `parseArgs`: read by the check and by the choice of threads before it. */
export const OPTIONS = {
  "as-of": { type: "string" },
  documents: { type: "string" },
  rules: { type: "string", multiple: true },
  format: { type: "string", default: "table" },
  lang: { type: "string", default: "zh" },
  output: { type: "string" },
  sheet: { type: "string" },
  "only-failures": { type: "boolean", default: false },
  "strict-columns": { type: "boolean", default: false },
  explain: { type: "boolean", default: false },
  "exit-zero": { type: "boolean", default: false },
  threads: { type: "string", default: "1" },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies ParseArgsConfig["options"];
