/**
 * 试点街要按每1000人10平方米 (三(三)2): the rate behind the street center rule and
 * `requiredStreetServiceCenterArea`, apart from the rule so the calculator does not bring the engine.
 */
export const STREET_CENTER_RATE = { areaM2: 10, perPeople: 1000 } as const;
