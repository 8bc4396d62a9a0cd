import type { Measured } from "./outcome";

// What the checks under way are to report: 0 their statuses only (verdicts, the sheets'
// CHECK_COMMUNITY), 1 their figures but no words (the lean report), 2 everything (findings, the
// CSV). Checks run synchronously, one at a time.
let wanted = 2;

function within<T>(level: number, run: () => T): T {
  const outer = wanted;
  wanted = Math.min(outer, level);
  try {
    return run();
  } finally {
    wanted = outer;
  }
}

/**
 * Runs `run` with checks that may leave out their figures (measured, required, shortfall, detail):
 * what only statuses are read from. A check then answers with `bareOutcome`, met or not; the status
 * a rule gets is the same (tests/checks/bareOutcomes.test.ts holds every rule to it).
 *
 * @example withoutFigures(() => steps.map((s) => judge(outcomeOf(s.rule, subject, context), s.rule, asOf)))
 */
export function withoutFigures<T>(run: () => T): T {
  return within(0, run);
}

/**
 * Runs `run` with checks that report their figures but may leave out the words of their detail
 * (which rooms fall short, which quarters lack a meeting, by how much a range is passed): what the
 * lean report, which carries no message, is made of.
 *
 * @example withoutWords(() => outcomeOf(rule, subject, context)).detail // undefined
 */
export function withoutWords<T>(run: () => T): T {
  return within(1, run);
}

/** Whether a check is to report its figures (true unless under withoutFigures). */
export function figuresWanted(): boolean {
  return wanted > 0;
}

/** Whether a check is to put its detail into words (true unless under withoutWords or withoutFigures). */
export function wordsWanted(): boolean {
  return wanted > 1;
}

const MET: Measured = Object.freeze({ kind: "measured", met: true, measured: null, required: null, shortfall: null });
const UNMET: Measured = Object.freeze({ kind: "measured", met: false, measured: null, required: null, shortfall: null });
const NOT_YET_DUE: Measured = Object.freeze({ kind: "measured", met: false, notYetDue: true, measured: null, required: null, shortfall: null });
const REPORTED: Measured = Object.freeze({ kind: "measured", met: false, report: true, measured: null, required: null, shortfall: null });

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
export function bareReport(): Measured {
  return REPORTED;
}
