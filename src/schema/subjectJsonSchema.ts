import * as z from "zod/mini";
import { subjectSchema } from "./subject";

/**
 * The subject schema as JSON Schema (draft 2020-12), for callers who do not write TypeScript.
 *
 * @example JSON.stringify(subjectJsonSchema(), null, 2)
 */
export function subjectJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(subjectSchema) as Record<string, unknown>;
}
