import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { examples } from "../examples";
import { csvItems as csvItemsOf } from "../read/csvItems";
import { jsonItems as jsonItemsOf, WHOLE_UP_TO } from "../read/jsonItems";
import type { Item, TableOptions } from "../read/tableItems";
import type { ByteSource } from "../read/xlsx/zip";
import { xlsxItems as xlsxItemsOf } from "../read/xlsxItems";

export type { Item, Problem, TableRow } from "../read/tableItems";
export { WHOLE_UP_TO } from "../read/jsonItems";

/** The embedded examples, each with the as-of day it was written for. */
export async function* exampleItems(): AsyncGenerator<Item> {
  for (const example of examples) yield { subject: example.subject, asOf: example.asOf };
}

/** The rows of a CSV file of the flat format as subjects, streamed from disk. */
export const csvItems = (file: string, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> => csvItemsOf(file, createReadStream(file), onRow, options);

/** The subjects of a JSON file, streamed from disk (see read/jsonItems). */
export const jsonItems = (file: string, wholeUpTo = WHOLE_UP_TO): AsyncGenerator<Item> => jsonItemsOf(file, createReadStream(file), wholeUpTo);

/**
 * A file on disk read at any offset, for the workbook reader: it reads the zip's directory at the
 * end and then each part it needs, never the whole file at once.
 */
async function fileSource(file: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await open(file, "r");
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    },
    close: () => handle.close(),
  };
}

/** The subjects of an .xlsx workbook in the flat format: the worksheet named, or the first visible one with a header. */
export async function* xlsxItems(file: string, sheet?: string, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> {
  const source = await fileSource(file);
  try {
    yield* xlsxItemsOf(file, source, sheet, onRow, options);
  } finally {
    await source.close();
  }
}
