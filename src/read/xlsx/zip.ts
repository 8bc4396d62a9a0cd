import { XlsxLimitError, XLSX_LIMITS } from "./limits";

/**
 * Bytes that can be read at any offset: a file on disk (the command line) or a Blob (the page).
 * A workbook is read by its zip's central directory, at the end, so it is never held whole.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A part of the package, as the zip's central directory lists it. */
export interface ZipEntry {
  /** The part's name as stored, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly headerOffset: number;
  readonly encrypted: boolean;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

/** Why a file is not a zip the reader can open; words xlsxReadFailure knows. */
export class ZipError extends Error {}

/**
 * The entries of a zip archive, from its central directory (ZIP64 too). Throws a ZipError where
 * the file is no zip or is cut short, an XlsxLimitError past XLSX_LIMITS.entries.
 *
 * @example const entries = await zipEntries(source); entries.get("xl/workbook.xml")
 */
export async function zipEntries(source: ByteSource): Promise<Map<string, ZipEntry>> {
  if (source.size < 22) throw new ZipError(source.size === 0 ? "FILE_ENDED" : "Can't find end of central directory");
  const head = await source.read(0, 4);
  if (u32(head, 0) !== 0x04034b50 && u32(head, 0) !== 0x06054b50) throw new ZipError(`invalid signature: 0x${u32(head, 0).toString(16).padStart(8, "0")}`);
  // The end record is in the last 22 bytes, or before a comment of up to 65,535.
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("Can't find end of central directory");
  let count = u16(tail, end + 10);
  let directorySize = u32(tail, end + 12);
  let directoryOffset = u32(tail, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: the locator just before the end record points to the ZIP64 end record.
    const locatorAt = end - 20;
    if (locatorAt < 0 || u32(tail, locatorAt) !== 0x07064b50) throw new ZipError("Corrupted zip: ZIP64 locator missing");
    const record = await source.read(u64(tail, locatorAt + 8), 56);
    if (u32(record, 0) !== 0x06064b50) throw new ZipError("Corrupted zip: ZIP64 end record missing");
    count = u64(record, 32);
    directorySize = u64(record, 40);
    directoryOffset = u64(record, 48);
  }
  if (count > XLSX_LIMITS.entries) throw new XlsxLimitError("entries", count);
  if (directoryOffset + directorySize > source.size) throw new ZipError("FILE_ENDED");
  const directory = await source.read(directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== 0x02014b50) throw new ZipError("Corrupted zip: central directory");
    const flags = u16(directory, at + 8);
    const method = u16(directory, at + 10);
    let compressedSize = u32(directory, at + 20);
    const uncompressed = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    let headerOffset = u32(directory, at + 42);
    const name = names.decode(directory.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes and offset, in the order the fields that overflowed appear.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(directory, extra);
      const size = u16(directory, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff) field += 8;
        if (compressedSize === 0xffffffff) (compressedSize = u64(directory, field)), (field += 8);
        if (headerOffset === 0xffffffff) headerOffset = u64(directory, field);
      }
      extra += 4 + size;
    }
    // Part names are compared without regard to case (OPC, ECMA-376 part 2).
    entries.set(name.replace(/^\//, "").toLowerCase(), { name, method, compressedSize, headerOffset, encrypted: (flags & 1) !== 0 });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** How much of a part is read from the file at a time. */
const READ = 1 << 16;

/**
 * The inflated bytes of a part, chunk by chunk, stopping with an XlsxLimitError past `limit` bytes
 * (a zip bomb) whatever size the archive claims.
 *
 * @example for await (const bytes of entryBytes(source, entry, XLSX_LIMITS.partBytes, "sharedStrings")) …
 */
export async function* entryBytes(source: ByteSource, entry: ZipEntry, limit: number, what: string): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new ZipError("encrypted zip entry");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`unsupported compression method ${entry.method}`);
  const local = await source.read(entry.headerOffset, 30);
  if (local.length < 30 || u32(local, 0) !== 0x04034b50) throw new ZipError("Corrupted zip: local header");
  const start = entry.headerOffset + 30 + u16(local, 26) + u16(local, 28);
  const stop = start + entry.compressedSize;
  if (stop > source.size) throw new ZipError("FILE_ENDED");
  let offset = start;
  const compressed = async function* () {
    while (offset < stop) {
      const bytes = await source.read(offset, Math.min(READ, stop - offset));
      if (bytes.length === 0) throw new ZipError("FILE_ENDED");
      offset += bytes.length;
      yield bytes;
    }
  };
  let total = 0;
  const counted = (bytes: Uint8Array) => {
    total += bytes.length;
    if (total > limit) throw new XlsxLimitError(what, total);
    return bytes;
  };
  if (entry.method === 0) {
    for await (const bytes of compressed()) yield counted(bytes);
    return;
  }
  const inflate = new DecompressionStream("deflate-raw");
  const writer = inflate.writable.getWriter();
  const reader = inflate.readable.getReader();
  // Fed as it is read: the inflater holds a chunk or two, never the part.
  const feeding = (async () => {
    for await (const bytes of compressed()) {
      await writer.ready;
      await writer.write(bytes as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  })();
  feeding.catch(() => undefined);
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield counted(value);
    }
    await feeding;
    finished = true;
  } catch (error) {
    // Node's and the browser's words for damaged data differ: one cause for both.
    if (error instanceof XlsxLimitError || error instanceof ZipError) throw error;
    throw new ZipError(`invalid compressed data (${(error as Error).message})`);
  } finally {
    // Stopped early (an error, a limit, a reader that had enough): the inflater and its feed end too.
    if (!finished) {
      offset = stop;
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
    }
  }
}
