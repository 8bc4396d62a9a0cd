// The calculators alone (`community-standards-cn/calculators`): no rules, no engine, no zod, so a
// page or a sheet that needs one figure bundles little more than decimal.js. Alphabetical.
export { governmentPurchasePrice } from "./governmentPurchasePrice";
export { inLieuPayment } from "./inLieuPayment";
export { projectInLieuPayment } from "./projectInLieuPayment";
export { requiredCount } from "./requiredCount";
export { requiredServiceSpace } from "./requiredServiceSpace";
export { requiredStreetServiceCenterArea } from "./requiredStreetServiceCenterArea";
export { splitWorkStationFunding } from "./splitWorkStationFunding";
