import type { LocalDocument } from "../engine/localDocument";
import { normalizeText } from "../normalizeText";

/**
 * The rules of a document whose quote does not stand verbatim in its normalized text: the test the
 * built-in documents pass, for a test of your own. Empty when every quote is found.
 *
 * @example expect(verifyQuotes(buji)).toEqual([])
 */
export function verifyQuotes(document: Pick<LocalDocument, "rules" | "text">): { ruleId: string; quote: string }[] {
  const text = normalizeText(document.text);
  return document.rules.filter((rule) => !text.includes(rule.quote)).map((rule) => ({ ruleId: rule.id, quote: rule.quote }));
}
