import { CsvSyntaxError, MAX_FIELD_LENGTH, createCsvParser } from "../csv/createCsvParser";
import { createTextDecoder } from "../csv/createTextDecoder";
import { type Item, type Problem, type TableOptions, type TableRow, tableItems } from "./tableItems";

/**
 * The rows of a CSV file, from its bytes chunk by chunk: a 100,000-row file is read, parsed and
 * checked a chunk at a time. UTF-8 with or without BOM, or GBK/GB18030. `file` names it in problems.
 */
async function* csvRows(file: string, chunks: AsyncIterable<Uint8Array>, problems: Problem[]): AsyncGenerator<TableRow> {
  const parser = createCsvParser();
  let decoder: ReturnType<typeof createTextDecoder> | undefined;
  let row = 0;
  function* take(records: string[][]): Generator<TableRow> {
    for (const cells of records) yield { row: ++row, cells };
  }
  try {
    for await (const chunk of chunks) {
      decoder ??= createTextDecoder(chunk);
      let text: string;
      try {
        text = decoder.decode(chunk);
      } catch {
        problems.push({ file, row: row + 1, column: "", message: { zh: `不是有效的 ${decoder.encoding} 文本（文件中混有其他编码？）`, en: `not valid ${decoder.encoding} text (mixed encodings?)` } });
        return;
      }
      yield* take(parser.push(text));
    }
    yield* take(parser.push(decoder?.end() ?? ""));
    yield* take(parser.end());
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // The rows before the broken field were read and checked; nothing after it can be trusted.
    const message =
      error.reason === "unclosed-quote"
        ? { zh: "此行的引号没有闭合，其后各行都被并入了这一格，无法读取（请检查多余的英文双引号）", en: "a quote opened in this row is never closed, so every later row ran into this cell and cannot be read (check for a stray double quote)" }
        : { zh: `此行有一格超过 ${MAX_FIELD_LENGTH} 个字符（多半是引号没有闭合，或文件没有换行），其后无法读取`, en: `a cell in this row is longer than ${MAX_FIELD_LENGTH} characters (most likely an unclosed quote, or no line ends), so nothing after it can be read` };
    problems.push({ file, row: error.row, column: "", message });
  }
}

/**
 * The rows of a CSV file of the flat format as subjects, from its bytes (a file stream, a browser
 * File's stream). `file` is the name problems give.
 *
 * @example for await (const item of csvItems("社区.csv", createReadStream("社区.csv"))) …
 */
export async function* csvItems(file: string, chunks: AsyncIterable<Uint8Array>, onRow?: (row: number) => void, options?: TableOptions): AsyncGenerator<Item> {
  const problems: Problem[] = [];
  yield* tableItems(file, csvRows(file, chunks, problems), onRow, options);
  if (problems.length > 0) yield { problems };
}

