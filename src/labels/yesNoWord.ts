import type { Bilingual } from "../types";

/**
 * A yes/no figure as a person reads it in a table or a sheet: 是/否 in Chinese, TRUE/FALSE in
 * English (as spreadsheets write booleans). Sentences say 有/无 instead (engine/message.ts).
 *
 * @example yesNoWord(false, "zh") // "否"
 */
export function yesNoWord(value: boolean, lang: keyof Bilingual): string {
  return lang === "zh" ? (value ? "是" : "否") : value ? "TRUE" : "FALSE";
}
