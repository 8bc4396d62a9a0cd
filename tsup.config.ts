import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library for TypeScript and Node users: ESM + CJS with types. The normalized
    // texts are a separate entry so that importing the rules does not pull ~100 KB of Chinese text.
    entry: { index: "src/index.ts", texts: "src/texts.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2020",
  },
  {
    // `npm start`: the embedded examples, printed.
    entry: { demo: "src/demo.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
  },
]);
