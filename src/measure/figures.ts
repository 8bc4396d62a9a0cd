import type { Measured, Outcome } from "./outcome";

// Whether the checks under way are to report their figures: false while only statuses are asked
// for (verdicts, the sheets' CHECK_COMMUNITY). Checks run synchronously, one at a time.
let wanted = true;

/**
 * Runs `run` with checks that may leave out their figures (measured, required, shortfall, detail):
 * what only statuses are read from. A check then answers with `bareOutcome`, met or not; the status
 * a rule gets is the same (tests/checks/bareOutcomes.test.ts holds every rule to it).
 *
 * @example withoutFigures(() => steps.map((s) => judge(outcomeOf(s.rule, subject, context), s.rule, asOf)))
 */
export function withoutFigures<T>(run: () => T): T {
  const outer = wanted;
  wanted = false;
  try {
    return run();
  } finally {
    wanted = outer;
  }
}

/** Whether a check is to report its figures (true unless under withoutFigures). */
export function figuresWanted(): boolean {
  return wanted;
}

const MET: Measured = Object.freeze({ kind: "measured", met: true, measured: null, required: null, shortfall: null });
const UNMET: Measured = Object.freeze({ kind: "measured", met: false, measured: null, required: null, shortfall: null });
const NOT_YET_DUE: Measured = Object.freeze({ kind: "measured", met: false, notYetDue: true, measured: null, required: null, shortfall: null });
const REPORTED: Outcome = Object.freeze({ kind: "measured", met: false, report: true, measured: null, required: null, shortfall: null });

/**
 * A measured outcome without figures, one frozen object for met, one for not, and one for not met
 * but not yet due (the quarter still running): what a check answers under withoutFigures, where
 * nothing but its status is read.
 *
 * @example bareOutcome(area >= 200) // { kind: "measured", met: true, measured: null, … }
 */
export function bareOutcome(met: boolean, notYetDue = false): Measured {
  return met ? MET : notYetDue ? NOT_YET_DUE : UNMET;
}

/**
 * A figure reported rather than judged (an amount owed, space to buy: `owed`), without the figure:
 * its status is info whatever the amount.
 *
 * @example withoutFigures(() => governmentPurchase.check(community, …)) // { kind: "measured", report: true, … }
 */
export function bareReport(): Outcome {
  return REPORTED;
}
