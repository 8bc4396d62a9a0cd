import { Decimal } from "decimal.js";

/**
 * The library's own Decimal constructor. A clone, so the caller's global Decimal settings are
 * neither used nor changed; 40 significant digits keep `x / 300` exact enough that rounding to the
 * fen or to 0.01 m² once, at the end, is never disturbed.
 *
 * @example new Exact("10.1").times("1.05").toString() // "10.605"
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;
