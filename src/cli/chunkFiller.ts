/** The bytes encoded before they are handed on: as much as a file stream holds before it waits. */
export const CHUNK = 1 << 20;

/**
 * Texts and bytes put one after another into chunks of CHUNK bytes, each handed to `send` once the
 * next piece would not fit (and the last at `flush`). A chunk is filled to its last bytes whatever
 * the text's script; a piece larger than a chunk goes on its own. `spare` holds chunks to fill
 * again: a fresh megabyte for each one cost three times its encoding in page faults.
 *
 * @example const filler = chunkFiller((bytes) => chunks.push(bytes), []); filler.text("主体,规则\r\n"); filler.flush();
 */
export function chunkFiller(send: (bytes: Uint8Array, reusable?: Buffer) => void, spare: Buffer[]) {
  let chunk: Buffer = spare.pop() ?? Buffer.allocUnsafe(CHUNK);
  let used = 0;
  // The chunk filled so far is sent, and a spare one (or a new one) takes its place.
  const flush = () => {
    if (used === 0) return;
    const full = chunk;
    chunk = spare.pop() ?? Buffer.allocUnsafe(CHUNK);
    send(full.subarray(0, used), full);
    used = 0;
  };
  return {
    /** Puts a text. */
    text(value: string): void {
      // A UTF-16 unit takes at most 3 bytes of UTF-8 (a pair of them, 4); near the chunk's end the
      // text is measured, so that a chunk is filled to its last bytes.
      if (used + value.length * 3 > CHUNK) {
        const size = Buffer.byteLength(value);
        if (used + size > CHUNK) {
          flush();
          if (size > CHUNK) return send(Buffer.from(value));
        }
      }
      used += chunk.write(value, used);
    },
    /** Puts bytes: copied, or sent as they are when larger than a chunk (they must not change after). */
    bytes(bytes: Uint8Array): void {
      if (used + bytes.length > CHUNK) {
        flush();
        if (bytes.length > CHUNK) return send(bytes);
      }
      chunk.set(bytes, used);
      used += bytes.length;
    },
    /** Sends the chunk filled so far, if anything is in it. */
    flush,
  };
}
