import { text as dunhuangOpinions } from "../rules/dunhuang-opinions/text";
import { text as guangzhou2000 } from "../rules/guangzhou-2000/text";
import { text as guangzhou2011 } from "../rules/guangzhou-2011/text";
import { text as linyiReport } from "../rules/linyi-report/text";
import { text as longgang2005 } from "../rules/longgang-2005/text";
import type { DocumentId } from "./types";

export { normalizeText } from "./normalizeText";

/**
 * The normalized text of each source document: the ground every rule's quote is checked against.
 * A separate entry point (`community-standards-cn/texts`), so the rules stay small in a spreadsheet.
 */
export const normalizedTexts: Readonly<Record<DocumentId, string>> = Object.freeze({
  "dunhuang-opinions": dunhuangOpinions,
  "guangzhou-2000": guangzhou2000,
  "guangzhou-2011": guangzhou2011,
  "linyi-report": linyiReport,
  "longgang-2005": longgang2005,
});
