import { builtInBook } from "../../rules";
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { evaluateSubject } from "../../src/engine/evaluateSubject";
import { evaluate } from "../../src/api/evaluate";
import { examples } from "../../src/examples";
import { createCsvParser } from "../../src/csv/createCsvParser";
import { rowToSubject } from "../../src/flat/rowToSubject";

// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
const street = examples[0]!;
const guangzhou = examples[2]!;
const template = readFileSync(new URL("../../examples/template.csv", import.meta.url), "utf8");
const [header, ...rows] = createCsvParser().push(template);
const thousandRows = Array.from({ length: 1000 }, (_, i) => rows[i % rows.length]!);

describe("evaluate", () => {
  bench("a Longgang street with one community (validate + 28 rules)", () => {
    evaluate(street.subject, { asOf: street.asOf });
  });
  bench("Guangzhou city, 4 nested subjects", () => {
    evaluate(guangzhou.subject, { asOf: guangzhou.asOf });
  });
});

describe("the flat format", () => {
  bench("1000 template rows: rowToSubject + evaluateSubject", () => {
    for (const row of thousandRows) {
      const read = rowToSubject(header!, row);
      if (read.kind === "subject") evaluateSubject(read.subject, { book: builtInBook, asOf: "2013-01-01", documents: undefined });
    }
  });
  bench("parse the template CSV", () => {
    createCsvParser().push(template);
  });
});
