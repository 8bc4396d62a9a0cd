import { SubjectValidationError } from "../errors";
import type { AnyMessage, Bilingual, Language, MessageIn, Report } from "../types";
import { type EvaluateOptions, evaluate } from "./evaluate";

/** `safeEvaluate`'s answer: the report, or the validation error naming every problem; never a throw. */
export type SafeEvaluateResult<M extends AnyMessage = Bilingual> = { success: true; report: Report<M> } | { success: false; error: SubjectValidationError };

/** `safeEvaluate` with each finding's message in the one language asked for (`language: "zh"`). */
export function safeEvaluate<L extends Language>(input: unknown, options: EvaluateOptions & { language: L }): SafeEvaluateResult<MessageIn<L>>;
/**
 * `evaluate` that returns invalid input as a value instead of throwing. Input that cannot even be
 * read (a revoked Proxy, a getter that throws) is such input too: its problem names what the
 * reading said, at the input itself.
 *
 * @example const result = safeEvaluate(row); if (!result.success) console.log(result.error.problems);
 */
export function safeEvaluate(input: unknown, options?: EvaluateOptions & { language?: undefined }): SafeEvaluateResult;
/** `safeEvaluate` where a language may or may not be given: each message in both languages or in the one asked for. */
export function safeEvaluate(input: unknown, options?: EvaluateOptions & { language?: Language }): SafeEvaluateResult<AnyMessage>;
export function safeEvaluate(input: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return { success: true, report: evaluate(input, options) };
  } catch (error) {
    if (error instanceof SubjectValidationError) return { success: false, error };
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { success: false, error: new SubjectValidationError([{ path: "", message: { zh: `无法读取输入（${reason}）`, en: `the input cannot be read (${reason})` } }]) };
  }
}
