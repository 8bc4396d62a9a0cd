export interface CsvParser {
  /** Feeds more text; returns the records completed by it. Throws a CsvSyntaxError for broken input. */
  push(text: string): string[][];
  /** Ends the input; returns the last record, if any. Throws a CsvSyntaxError for a quote never closed. */
  end(): string[][];
}

/** Input no CSV reader can take apart: a quote never closed, or a field past the size limit. */
export class CsvSyntaxError extends Error {
  constructor(
    /** The row (record, from 1) where the broken field starts. */
    readonly row: number,
    readonly reason: "unclosed-quote" | "field-too-long",
  ) {
    super(reason === "unclosed-quote" ? `row ${row}: a quoted field opened here is never closed` : `row ${row}: a field longer than the limit`);
    this.name = "CsvSyntaxError";
  }
}

/** The longest field a CSV of the flat format can mean: far past any cell, far below memory's end. */
export const MAX_FIELD_LENGTH = 1_000_000;

/**
 * An incremental CSV parser (RFC 4180 as spreadsheets write it): quoted fields with "" for a quote,
 * line breaks inside quotes, CRLF or LF, a leading byte-order mark. Feed it chunks of any size, so
 * a 100,000-row file never has to be held at once. A field longer than `maxFieldLength` (an
 * unbalanced quote that would swallow the rest of the file, or input with no line end) and a
 * quote still open at the end are errors naming the row where the field starts.
 *
 * @example const p = createCsvParser(); p.push('id,name\r\nc1,"沙塘布,社区"\r\n') // [["id","name"],["c1","沙塘布,社区"]]
 */
export function createCsvParser(maxFieldLength = MAX_FIELD_LENGTH): CsvParser {
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  let started = false;
  let row = 1;
  let fieldRow = 1;

  const endRecord = (out: string[][]) => {
    record.push(field);
    out.push(record);
    record = [];
    field = "";
    afterQuote = false;
    row += 1;
    fieldRow = row;
  };

  return {
    push(text) {
      const out: string[][] = [];
      let i = 0;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) i = 1;
      }
      for (; i < text.length; i += 1) {
        const ch = text[i]!;
        if (pendingCr) {
          pendingCr = false;
          if (ch === "\n") continue;
        }
        if (quoted) {
          if (ch !== '"') field += ch;
          else if (text[i + 1] === '"') (field += '"'), (i += 1);
          else if (i + 1 < text.length) (quoted = false), (afterQuote = true);
          else {
            // A quote at the very end of a chunk: whether it closes or escapes depends on the next chunk.
            quoted = false;
            afterQuote = true;
          }
        } else if (ch === '"' && afterQuote) {
          // The second quote of a "" pair that straddled two chunks.
          field += '"';
          quoted = true;
          afterQuote = false;
        } else if (ch === '"' && field === "") (quoted = true), (fieldRow = row);
        else if (ch === ",") record.push(field), (field = ""), (afterQuote = false), (fieldRow = row);
        else if (ch === "\n" || ch === "\r") {
          endRecord(out);
          pendingCr = ch === "\r";
        } else field += ch, (afterQuote = false);
        if (field.length > maxFieldLength) throw new CsvSyntaxError(fieldRow, "field-too-long");
      }
      return out;
    },
    end() {
      const out: string[][] = [];
      if (quoted) throw new CsvSyntaxError(fieldRow, "unclosed-quote");
      if (field !== "" || record.length > 0) endRecord(out);
      return out;
    },
  };
}
