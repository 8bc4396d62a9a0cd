import { evaluate } from "../engine/evaluate";
import { examples } from "../examples";
import { formatReport } from "../report/formatReport";

// `npm start`: evaluate the embedded examples and print them. A demonstration, not a gate: exits 0.
for (const example of examples) {
  console.log(`\n=== ${example.title}\n`);
  console.log(formatReport(evaluate(example.subject, { asOf: example.asOf })));
}
