// zod/mini as the schemas use it, with object schemas compiled (strictObject.ts).
export * from "zod/mini";
export { strictObject } from "./strictObject";
