export interface ChunkDecoder {
  /** The encoding chosen from the first chunk: "utf-8" or "gb18030". */
  readonly encoding: string;
  decode(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Decodes a file's bytes as UTF-8 (with or without a byte-order mark) or, when the first chunk is
 * not valid UTF-8, as GB18030: what Chinese Excel writes when it saves CSV (GBK is a subset).
 * Throws if a later chunk breaks the encoding chosen.
 *
 * @example createTextDecoder(firstChunk).encoding // "gb18030" for a GBK file
 */
export function createTextDecoder(firstChunk: Uint8Array): ChunkDecoder {
  let encoding = "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(firstChunk, { stream: true });
  } catch {
    encoding = "gb18030";
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  return {
    encoding,
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}
