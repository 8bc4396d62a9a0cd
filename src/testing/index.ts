// Helpers for the unit tests of apps that use the library (`community-standards-cn/testing`).
// Alphabetical. Pin `asOf` in every test: a verdict depends on the day, and "today" moves.
export { failures } from "./failures";
export { isCompliant } from "./isCompliant";
export { matchers } from "./matchers";

export type { ComplianceMatchers } from "./matchers";
export type { CompliantOptions } from "./isCompliant";
