// East Asian wide and fullwidth characters take two terminal columns (Unicode UAX #11): these
// ranges of the Basic Multilingual Plane, compared by code unit (a report measures every cell).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];

/** Whether a code unit of the Basic Multilingual Plane is wide (two columns). */
export function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE) if (code >= from && code <= to) return true;
  return false;
}

/** Whether a code unit starts a surrogate pair at `i` of `text` (one character, one column). */
export const isPairAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
};

/**
 * How many terminal columns a text takes, counting Chinese characters as two.
 *
 * @example displayWidth("社区c1") // 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    if (isPairAt(text, i)) i += 1;
    else if (isWide(text.charCodeAt(i))) width += 1;
    width += 1;
  }
  return width;
}

/** Pads text with spaces to a display width. */
export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
