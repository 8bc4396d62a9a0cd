import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleBook } from "../../rules";
import { rulesMarkdown } from "../../src/build/rulesMarkdown";

const file = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");

describe("docs/rules.md", () => {
  it("is what npm run docs writes from the rules today (run it after changing a rule)", () => {
    expect(file).toBe(rulesMarkdown());
  });

  it.each(ruleBook.map((rule) => [rule.id, rule]))("lists %s with its article and its words verbatim", (id, rule) => {
    const row = file.split("\n").find((line) => line.startsWith(`| \`${id}\``));
    expect(row).toBeDefined();
    expect(row).toContain(` ${rule.article} `);
    expect(row).toContain(rule.displayQuote ?? rule.quote);
  });
});
