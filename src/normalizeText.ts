/**
 * A document's text as quotes are checked against it (spec section 1): every bracketed run of
 * toned pinyin after a Han character dropped (guangzhou-2011's copy writes 社區(qū)), and all white
 * space removed (the copies break lines mid-sentence).
 *
 * @example normalizeText("社區(qū)服務(wù)\n管理") // "社區服務管理"
 */
export function normalizeText(raw: string): string {
  return raw.replace(/(\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu, "$1").replace(/\s+/gu, "");
}
