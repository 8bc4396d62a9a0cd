import * as functions from "../functions";
import { fromRange } from "../fromRange";

export type SheetFunctions = { [K in keyof typeof functions]: (...args: unknown[]) => unknown };

/**
 * The sheet functions as one platform calls them: every argument read through `fromRange`, and
 * each call passed to `call`, which decides what a thrown error becomes on that platform.
 */
export function adapt(call: (fn: () => unknown) => unknown): SheetFunctions {
  const adapted: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(functions)) {
    adapted[name] = (...args: unknown[]) => call(() => (fn as (...a: unknown[]) => unknown)(...args.map(fromRange)));
  }
  return adapted as SheetFunctions;
}
