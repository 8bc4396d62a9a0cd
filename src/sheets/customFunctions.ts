/** A spreadsheet function as Google Sheets shows it: JSDoc on a top-level wrapper (@customfunction). */
export interface CustomFunction {
  name: string;
  summary: string;
  params: readonly { name: string; type: string; doc: string; optional?: boolean }[];
  returns: string;
  /** A formula a person can paste, for the README. */
  example: string;
}

const range = "number|Array<Array<number>>";

export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  {
    name: "SERVICE_SPACE_REQUIRED",
    summary: "Community service space a housing project must plan (Longgang 2005 art. 33, 300:1), in m², rounded up to 0.01.",
    params: [{ name: "buildingArea", type: range, doc: "building area in m², or a range of them" }],
    returns: "required m²",
    example: "=SERVICE_SPACE_REQUIRED(45000)  → 150",
  },
  {
    name: "IN_LIEU_PAYMENT",
    summary: "Yuan a developer owes for service space not provided (Longgang 2005 art. 33), to the fen.",
    params: [
      { name: "buildingArea", type: range, doc: "building area in m²" },
      { name: "serviceSpace", type: range, doc: "service space provided in m²" },
      { name: "pricePerM2", type: range, doc: "sale price in yuan per m²" },
    ],
    returns: "yuan owed (0 when the space is sufficient)",
    example: "=IN_LIEU_PAYMENT(45000, 120, 8650.5)  → 259515",
  },
  {
    name: "PURCHASE_PRICE",
    summary: "Price of service space the government buys: construction cost plus 5% (Longgang 2005 art. 36), to the fen.",
    params: [{ name: "cost", type: range, doc: "construction cost in yuan" }],
    returns: "yuan",
    example: "=PURCHASE_PRICE(4.3)  → 4.52",
  },
  {
    name: "FUNDING_SPLIT",
    summary: "A work station budget split in thirds (Longgang 2005 art. 44): one row of three, district, street, company.",
    params: [{ name: "total", type: range, doc: "budget in yuan (whole fen)" }],
    returns: "district, street and company shares",
    example: "=FUNDING_SPLIT(100)  → 33.34 | 33.33 | 33.33",
  },
  {
    name: "REQUIRED_COUNT",
    summary: "The smallest whole number of people, beds or organizations meeting numerator per denominator of base.",
    params: [
      { name: "base", type: range, doc: "residents, elderly, committees…" },
      { name: "numerator", type: range, doc: "e.g. 15 for 15%" },
      { name: "denominator", type: range, doc: "e.g. 100 for 15%" },
    ],
    returns: "a whole number",
    example: "=REQUIRED_COUNT(2001, 15, 100)  → 301",
  },
  {
    name: "STREET_SERVICE_CENTER_AREA",
    summary: "A Guangzhou 2000 pilot street's community service center: 10 m² per 1000 people, rounded up to 0.01.",
    params: [{ name: "population", type: range, doc: "the street's population" }],
    returns: "required m²",
    example: "=STREET_SERVICE_CENTER_AREA(45678)  → 456.78",
  },
  {
    name: "CHECK_COMMUNITY",
    summary: "Checks rows of the flat format: one cell per row, PASS, FAIL: <ids>, PENDING: <ids> or DATA: <ids>.",
    params: [
      { name: "header", type: "Array<Array<string>>", doc: "the header row (column names)" },
      { name: "rows", type: "Array<Array<*>>", doc: "the rows, one subject each" },
      { name: "asOf", type: "Date|string", doc: "the day to check on (default today)", optional: true },
      { name: "documents", type: "string", doc: "document ids, comma-separated (default: by jurisdiction)", optional: true },
    ],
    returns: "one status cell per row",
    example: '=CHECK_COMMUNITY(A1:AZ1, A2:AZ20, DATE(2012,1,1))',
  },
  {
    name: "CHECK_COMMUNITY_DETAIL",
    summary: "Checks rows of the flat format: one row per finding (subject, rule, status, measured, required, shortfall, due, article, message).",
    params: [
      { name: "header", type: "Array<Array<string>>", doc: "the header row (column names)" },
      { name: "rows", type: "Array<Array<*>>", doc: "the rows, one subject each" },
      { name: "asOf", type: "Date|string", doc: "the day to check on (default today)", optional: true },
      { name: "documents", type: "string", doc: "document ids, comma-separated (default: by jurisdiction)", optional: true },
    ],
    returns: "one row per finding",
    example: '=CHECK_COMMUNITY_DETAIL(A1:AZ1, A2:AZ20, "2012-01-01", "longgang-2005")',
  },
];

/**
 * The top-level `function` declarations Apps Script needs to show custom functions, each calling
 * the bundle's global.
 */
export function appsScriptWrappers(globalName: string): string {
  return CUSTOM_FUNCTIONS.map((f) => {
    const params = f.params.map((p) => ` * @param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.doc}`).join("\n");
    const names = f.params.map((p) => p.name).join(", ");
    return `/**\n * ${f.summary}\n${params}\n * @return ${f.returns}\n * @customfunction\n */\nfunction ${f.name}(${names}) {\n  return ${globalName}.${f.name}(${names});\n}\n`;
  }).join("\n");
}
