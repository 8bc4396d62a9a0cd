import type { Bilingual, Finding } from "../types";
import { valueLabel } from "./valueLabel";
import { yesNoWord } from "./yesNoWord";

/**
 * A measured figure as a table, a workbook or a sheet shows it: a code by its name (党总支), yes/no
 * as the requirement beside it reads (是/否, TRUE/FALSE); figures and other text as they are.
 *
 * @example measuredWord("general-branch", "zh") // "党总支"; measuredWord(true, "en") // "TRUE"
 */
export function measuredWord(measured: Finding["measured"], lang: keyof Bilingual): Finding["measured"] {
  if (typeof measured === "string") return valueLabel(measured, lang);
  if (typeof measured === "boolean") return yesNoWord(measured, lang);
  return measured;
}

