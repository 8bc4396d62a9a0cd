import * as z from "zod/mini";
import { DECIMAL_PATTERN, isExactAmount } from "../arithmetic/toExact";
import { JURISDICTIONS, YEARS } from "./values";

/** People, beds, posts, organizations: a non-negative whole number. */
export const count = z.int().check(z.minimum(0));

/**
 * m² or yuan: a finite non-negative number, or a decimal string for exact input ("1200.50"), with
 * at most 15 digits before the point and 10 after (AMOUNT_DIGITS: longer would not stay exact).
 */
export const amount = z.union([
  z.number().check(z.minimum(0), z.refine(isExactAmount, { message: "amount-digits" })),
  z.string().check(z.regex(DECIMAL_PATTERN)),
]);

/** A calendar date written YYYY-MM-DD (2023-02-30 is refused). */
export const isoDate = z.iso.date();

export const year = z.int().check(z.minimum(YEARS.min), z.maximum(YEARS.max));

export const nonEmpty = z.string().check(z.minLength(1));

export const jurisdiction = z.enum(JURISDICTIONS);

/** The fields every subject has (spec section 2, "Common"). */
export function common<K extends string>(kind: K) {
  return {
    kind: z.literal(kind),
    id: nonEmpty,
    name: z.optional(z.string()),
    jurisdiction: z.optional(jurisdiction),
    pilot: z.optional(z.boolean()),
  };
}
