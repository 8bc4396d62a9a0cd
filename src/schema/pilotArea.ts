/**
 * Whether a subject lies in the Guangzhou 2000 pilot area, from its own `pilot` and what lies above
 * it (spec section 2): in the area if it or anything above it is a pilot (东山区's streets and
 * communities are, whatever a street says of itself, as 大塘街 alone is a 试点街); otherwise its own
 * flag, else the nearest one above (海珠区 is no pilot district, yet its 南华西街 is a pilot street).
 * Clauses addressed to 试点街 read the street's own flag instead (rules/guangzhou-2000).
 *
 * @example pilotArea(false, true) // true: a street of the pilot district that is no 试点街 is still in the area
 * @example pilotArea(true, false) // true; pilotArea(undefined, false) // false; pilotArea(undefined, undefined) // undefined
 */
export function pilotArea(own: boolean | undefined, above: boolean | undefined): boolean | undefined {
  return own === true || above === true ? true : (own ?? above);
}
