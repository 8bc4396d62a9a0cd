// The Apps Script bundle's global (`CommunityStandards`): the spreadsheet functions, which the
// top-level wrappers in tsup's footer call, plus the library itself for scripts.
export { CHECK_COMMUNITY, CHECK_COMMUNITY_DETAIL, FUNDING_SPLIT, IN_LIEU_PAYMENT, PURCHASE_PRICE, REQUIRED_COUNT, SERVICE_SPACE_REQUIRED, STREET_SERVICE_CENTER_AREA } from "./functions";
export { rowToSubject } from "../flat/rowToSubject";
