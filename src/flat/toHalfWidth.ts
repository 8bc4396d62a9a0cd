/**
 * Full-width ASCII forms (what a Chinese input method types in full-width mode) as their ASCII
 * counterparts, and the ideographic space as a space, so `１２０` reads as `120` and `３％` as `3%`.
 *
 * @example toHalfWidth("１２，０００．５") // "12,000.5"
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
