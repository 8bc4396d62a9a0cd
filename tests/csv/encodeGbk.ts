/**
 * A GBK encoder for tests, built by decoding every two-byte GBK sequence with Node's own decoder:
 * enough to write the GBK copy of a CSV that Chinese Excel would save.
 */
let table: Map<string, number[]> | undefined;

export function encodeGbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder("gbk");
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
