import { ceilToHundredth } from "../arithmetic/ceilToHundredth";
import { positive, toExact } from "../arithmetic/toExact";
import { STREET_CENTER_RATE } from "./streetCenterRate";

/**
 * Guangzhou 2000 art. 三(三)2: a pilot street's community service center, 10 m² per 1000 people,
 * in m², rounded up to 0.01 m².
 *
 * @example requiredStreetServiceCenterArea(45678) // "456.78"
 * @example requiredStreetServiceCenterArea(1)     // "0.01"
 */
export function requiredStreetServiceCenterArea(population: number | string, rate: { areaM2: number | string; perPeople: number | string } = STREET_CENTER_RATE): string {
  return ceilToHundredth(toExact(population, "population").times(toExact(rate.areaM2, "rate.areaM2")).div(positive(rate.perPeople, "rate.perPeople")));
}
