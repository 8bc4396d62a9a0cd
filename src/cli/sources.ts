import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createCsvParser } from "../csv/createCsvParser";
import { createTextDecoder } from "../csv/createTextDecoder";
import { describeIssues } from "../schema/describeIssues";
import { type Subject, subjectSchema } from "../schema/subject";
import { examples } from "../examples";
import { readHeader, rowToSubject } from "../flat/rowToSubject";

/** Where a problem is: the file, the row (CSV record or JSON array index, from 1) and the column or field. */
export interface Problem {
  file: string;
  row: number;
  column: string;
  message: string;
}

/** One item of input: a valid subject (with its own as-of day, for the examples), or its problems. */
export type Item = { subject: Subject; asOf?: string } | { problems: Problem[] };

/** The embedded examples, each with the as-of day it was written for. */
export async function* exampleItems(): AsyncGenerator<Item> {
  for (const example of examples) yield { subject: example.subject, asOf: example.asOf };
}

/**
 * The rows of a CSV file of the flat format, streamed: a 100,000-row file is read, parsed and
 * checked a chunk at a time. UTF-8 with or without BOM, or GBK/GB18030.
 */
export async function* csvItems(file: string, onRow: (row: number) => void = () => {}): AsyncGenerator<Item> {
  const parser = createCsvParser();
  let decoder: ReturnType<typeof createTextDecoder> | undefined;
  let header: string[] | undefined;
  let row = 0;
  let badHeader = false;
  function* take(records: string[][]): Generator<Item> {
    for (const record of records) {
      row += 1;
      onRow(row);
      if (header === undefined) {
        header = record;
        const { problems } = readHeader(header);
        // Rows under a header that cannot be read cannot be read either: report the header once.
        if (problems.length > 0) badHeader = true;
        if (problems.length > 0) yield { problems: problems.map((p) => ({ file, row, ...p })) };
        continue;
      }
      if (badHeader) continue;
      const read = rowToSubject(header, record);
      if (read.kind === "subject") yield { subject: read.subject };
      else if (read.kind === "invalid") yield { problems: read.problems.map((p) => ({ file, row, ...p })) };
    }
  }
  for await (const chunk of createReadStream(file)) {
    decoder ??= createTextDecoder(chunk as Buffer);
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer);
    } catch {
      yield { problems: [{ file, row: row + 1, column: "", message: `not valid ${decoder.encoding} text` }] };
      return;
    }
    yield* take(parser.push(text));
  }
  yield* take(parser.push(decoder?.end() ?? ""));
  yield* take(parser.end());
}

/** The subjects of a JSON file: one subject, or an array of them. */
export async function* jsonItems(file: string): AsyncGenerator<Item> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    yield { problems: [{ file, row: 0, column: "", message: `not valid JSON: ${(error as Error).message}` }] };
    return;
  }
  const list = Array.isArray(data) ? data : [data];
  for (const [i, input] of list.entries()) {
    const parsed = subjectSchema.safeParse(input, { reportInput: true });
    yield parsed.success
      ? { subject: parsed.data }
      : { problems: describeIssues(parsed.error.issues).map((p) => ({ file, row: i + 1, column: p.path, message: p.message })) };
  }
}
