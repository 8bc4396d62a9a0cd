export interface CsvParser {
  /** Feeds more text; returns the records completed by it. */
  push(text: string): string[][];
  /** Ends the input; returns the last record, if any. */
  end(): string[][];
}

/**
 * An incremental CSV parser (RFC 4180 as spreadsheets write it): quoted fields with "" for a quote,
 * line breaks inside quotes, CRLF or LF, a leading byte-order mark. Feed it chunks of any size, so
 * a 100,000-row file never has to be held at once.
 *
 * @example const p = createCsvParser(); p.push('id,name\r\nc1,"沙塘布,社区"\r\n') // [["id","name"],["c1","沙塘布,社区"]]
 */
export function createCsvParser(): CsvParser {
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  let started = false;

  const endRecord = (out: string[][]) => {
    record.push(field);
    out.push(record);
    record = [];
    field = "";
    afterQuote = false;
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
        } else if (ch === '"' && field === "") quoted = true;
        else if (ch === ",") record.push(field), (field = ""), (afterQuote = false);
        else if (ch === "\n" || ch === "\r") {
          endRecord(out);
          pendingCr = ch === "\r";
        } else field += ch, (afterQuote = false);
      }
      return out;
    },
    end() {
      const out: string[][] = [];
      if (field !== "" || record.length > 0) endRecord(out);
      return out;
    },
  };
}
