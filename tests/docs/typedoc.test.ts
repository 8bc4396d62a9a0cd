import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

// typedoc.json requires a doc comment on every exported function, variable, class, interface and
// type alias of the five entries and treats a warning as an error: `npm run docs` builds the
// reference only when every export is documented. Here its validation runs without writing.
it("TypeDoc finds every export of every entry documented and every {@link} resolved", () => {
  let output = "";
  try {
    output = execFileSync(process.execPath, [resolve(ROOT, "node_modules/typedoc/bin/typedoc"), "--emit", "none"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    expect.fail(`${stdout}${stderr}`);
  }
  expect(output).not.toMatch(/warning|error/i);
}, 120_000);
