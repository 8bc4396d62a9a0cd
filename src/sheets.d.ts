/**
 * Defined as `true` in the spreadsheet builds only (tsup `define`), never at run time elsewhere:
 * `typeof __SHEETS__ === "undefined" && …` is library-only code that esbuild drops from the sheets
 * (explanation steps, overrides). Written at each place, not through a constant, so it folds.
 */
declare const __SHEETS__: true | undefined;
