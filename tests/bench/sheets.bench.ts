import { bench, describe } from "vitest";
import { FUNDING_SPLIT, SERVICE_SPACE_REQUIRED } from "../../src/sheets/functions";

// The spreadsheet functions over a whole column, as a sheet recalculates them: each call is linear
// in its rows (issue 23: a column of 50,000 rows took 26 s when every cell looked at every row, and
// Apps Script stops a custom function at 30 s).
const ROWS = 50_000;
const areas = Array.from({ length: ROWS }, (_, i) => [i % 7 === 0 ? "" : `${45_000 + i}.25`]);
const totals = Array.from({ length: ROWS }, (_, i) => [`${600_000 + i}.01`]);

describe(`spreadsheet functions over ${ROWS.toLocaleString("en")} rows`, () => {
  bench("SERVICE_SPACE_REQUIRED (decimal areas, blanks among them)", () => {
    SERVICE_SPACE_REQUIRED(areas);
  }, { iterations: 3, warmupIterations: 1 });
  bench("FUNDING_SPLIT (three cells a row)", () => {
    FUNDING_SPLIT(totals);
  }, { iterations: 3, warmupIterations: 1 });
});
