import * as core from "zod/v4/core";
import * as z from "zod/mini";

// zod/mini builds its objects on $ZodObject, which checks a subject key by key through the generic
// path; classic zod's $ZodObjectJIT compiles each object shape into one function on first use and
// validates a community about three times faster (benchmarked in tests/bench). Same checks, same
// issues: where `new Function` is not allowed (a locked-down sheet host), zod falls back by itself.
type Init = (inst: unknown, def: unknown) => void;
const JitObject = core.$constructor("ZodMiniObject", (inst: core.$ZodObject, def: core.$ZodObjectDef) => {
  (core.$ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  core.util.defineLazy(inst as unknown as { shape: unknown }, "shape", () => def.shape);
});

/**
 * `z.strictObject` of zod/mini, compiled: an object schema that refuses unknown keys.
 *
 * @example strictObject({ id: z.string() }).safeParse({ id: "c1" }).success // true
 */
export const strictObject: typeof z.strictObject = ((shape: core.$ZodLooseShape, params?: string | core.$ZodObjectParams) =>
  new JitObject({ type: "object", shape, catchall: z.never(), ...core.util.normalizeParams(params) } as never)) as never;
