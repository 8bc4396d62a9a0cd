export interface ChunkDecoder {
  /** The encoding in use: "utf-8", "gb18030", "utf-16le" or "utf-16be". It may change once (see below). */
  readonly encoding: string;
  decode(chunk: Uint8Array): string;
  end(): string;
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a file's bytes, chunk by chunk: UTF-16 by its byte-order mark; else UTF-8 (with or
 * without a byte-order mark) until the bytes prove otherwise, then GB18030, what Chinese Excel
 * writes when it saves CSV (GBK is a subset). Until a byte past ASCII has been read the two agree,
 * so a GBK file whose first 64 KB is ASCII switches where its first Chinese character stands.
 * Throws where a chunk breaks an encoding already shown to be right.
 *
 * @example createTextDecoder(firstChunk).encoding // "gb18030" for a GBK file
 */
export function createTextDecoder(firstChunk: Uint8Array): ChunkDecoder {
  const utf16 = firstChunk[0] === 0xff && firstChunk[1] === 0xfe ? "utf-16le" : firstChunk[0] === 0xfe && firstChunk[1] === 0xff ? "utf-16be" : undefined;
  let encoding = utf16 ?? (validUtf8(firstChunk) ? "utf-8" : "gb18030");
  let decoder = new TextDecoder(encoding, { fatal: true });
  let onlyAscii = true;
  const switchToGb = () => {
    encoding = "gb18030";
    decoder = new TextDecoder(encoding, { fatal: true });
  };
  return {
    get encoding() {
      return encoding;
    },
    decode(chunk) {
      if (encoding !== "utf-8" || !onlyAscii) return decoder.decode(chunk, { stream: true });
      try {
        const text = decoder.decode(chunk, { stream: true });
        onlyAscii = isAscii(chunk);
        return text;
      } catch {
        // Everything before was ASCII, so it reads the same in GB18030: start over from this chunk.
        switchToGb();
        onlyAscii = false;
        return decoder.decode(chunk, { stream: true });
      }
    },
    end: () => decoder.decode(),
  };
}
