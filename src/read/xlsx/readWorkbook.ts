import type { TableRow } from "../tableItems";
import { excelSerialDay, isDateFormat } from "./excelDate";
import { XlsxLimitError, XLSX_LIMITS } from "./limits";
import { type XmlHandler, XmlParser } from "./xmlParser";
import { type ByteSource, entryBytes, type ZipEntry, ZipError, zipEntries } from "./zip";

/** A worksheet in tab order: its name, whether it is hidden, and its rows, read when asked for. */
export interface XlsxSheet {
  readonly name: string;
  /** Hidden or very hidden (`state` in the workbook): not the sheet a clerk sees first. */
  readonly hidden: boolean;
  /** The rows, streamed from the zip; a sheet that is never iterated is never inflated. */
  rows(): AsyncGenerator<TableRow>;
}

/** Text of a part, decoded as it inflates (UTF-8, or UTF-16 where the part starts with its BOM). */
async function* partText(source: ByteSource, entry: ZipEntry, limit: number, what: string): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const bytes of entryBytes(source, entry, limit, what)) {
    decoder ??= new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8");
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder?.decode() ?? "";
  if (rest !== "") yield rest;
}

async function parsePart(source: ByteSource, entry: ZipEntry, handler: XmlHandler, limit: number, what: string): Promise<void> {
  const parser = new XmlParser(handler);
  for await (const text of partText(source, entry, limit, what)) parser.write(text);
  parser.end();
}

interface Relationship {
  type: string;
  target: string;
}

/** A part's relationships (`_rels/….rels`), by id, their targets resolved to part names. */
async function relationships(source: ByteSource, entries: Map<string, ZipEntry>, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash + 1);
  const entry = entries.get(`${folder}_rels/${part.slice(slash + 1)}.rels`.toLowerCase());
  const found = new Map<string, Relationship>();
  if (entry === undefined) return found;
  await parsePart(source, entry, {
    open(name, a) {
      if (name !== "Relationship" || a.Id === undefined || a.Target === undefined || a.TargetMode === "External") return;
      found.set(a.Id, { type: a.Type ?? "", target: resolvePart(folder, a.Target) });
    },
    close() {},
    text() {},
  }, XLSX_LIMITS.partBytes, "partBytes");
  return found;
}

/** A relationship's target as a part name: relative to the source's folder, or from the root with "/". */
function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

const endsWithType = (rel: Relationship, type: string) => rel.type.endsWith(`/${type}`);

/** The texts every cell of type "s" points into, in order: rich text runs joined, phonetic guides left out. */
async function sharedStrings(source: ByteSource, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = "";
  await parsePart(source, entry, {
    open(name, _, selfClosing) {
      if (name === "si") (inItem = true), (current = "");
      else if (name === "rPh") phonetic += 1;
      else if (name === "t" && inItem && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === "si") {
        if (strings.length >= XLSX_LIMITS.sharedStrings) throw new XlsxLimitError("sharedStrings", strings.length + 1);
        if (current.length > XLSX_LIMITS.cellCharacters) throw new XlsxLimitError("cellCharacters", current.length);
        strings.push(current);
        inItem = false;
      } else if (name === "rPh") phonetic -= 1;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  }, XLSX_LIMITS.sharedStringsBytes, "sharedStringsBytes");
  return strings;
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
async function dateStyles(source: ByteSource, entry: ZipEntry | undefined): Promise<boolean[]> {
  const styles: boolean[] = [];
  if (entry === undefined) return styles;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  await parsePart(source, entry, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(isDateFormat(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  }, XLSX_LIMITS.partBytes, "partBytes");
  return styles;
}

/** A column's number from its letters: A is 1, XFD 16,384. */
function columnNumber(reference: string): number {
  let n = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
    if (n > XLSX_LIMITS.columns) return n;
  }
  return n;
}

/** A cell reference's row number: B12 is 12. */
const rowNumber = (reference: string) => Number(/\d+$/.exec(reference)?.[0] ?? NaN);

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  value?: unknown;
}

/**
 * The merged ranges of a sheet. They come after the cells in the sheet's XML, so the part is read
 * once for them before its rows are: merged cells are rare and small, the second inflate cheap.
 */
async function mergesOf(source: ByteSource, entry: ZipEntry): Promise<Merge[]> {
  const merges: Merge[] = [];
  const pattern = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?["']/g;
  let carry = "";
  for await (const text of partText(source, entry, XLSX_LIMITS.sheetBytes, "sheetBytes")) {
    const chunk = carry + text;
    // What follows the last "<" may be a tag cut in two: it is read with the next chunk.
    const cut = chunk.lastIndexOf("<");
    const whole = cut < 0 ? chunk : chunk.slice(0, cut);
    carry = cut < 0 ? "" : chunk.slice(cut);
    if (carry.length > XLSX_LIMITS.tokenCharacters) throw new XlsxLimitError("tokenCharacters", carry.length);
    if (!whole.includes("mergeCell")) continue;
    for (const m of whole.matchAll(pattern)) {
      const [from, to = from] = [m[1]!, m[2]];
      const [a, b] = [[rowNumber(from), columnNumber(from)], [rowNumber(to ?? from), columnNumber(to ?? from)]] as const;
      if (merges.length >= XLSX_LIMITS.merges) throw new XlsxLimitError("merges", merges.length + 1);
      merges.push({ top: Math.min(a[0], b[0]), left: Math.min(a[1], b[1]), bottom: Math.max(a[0], b[0]), right: Math.min(Math.max(a[1], b[1]), XLSX_LIMITS.columns) });
    }
  }
  return merges.filter((m) => m.top >= 1 && m.left >= 1 && (m.bottom > m.top || m.right > m.left)).sort((x, y) => x.top - y.top);
}

const isEmpty = (cell: unknown) => cell === undefined || cell === "";

/** A cell's value as the flat format reads it, from its type, its raw text and its style. */
function cellValue(type: string | undefined, raw: string | undefined, inline: string | undefined, style: number, context: { strings: string[]; dates: boolean[]; date1904: boolean }): unknown {
  switch (type) {
    case "s": {
      const text = context.strings[Number(raw)];
      return text === undefined ? undefined : text;
    }
    case "inlineStr":
      return inline ?? raw;
    case "str":
      return raw ?? "";
    case "b":
      return raw === undefined ? undefined : raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    // An error, typed or cached by a formula (#DIV/0!, #N/A): the text, which no column accepts.
    case "e":
      return raw ?? "#N/A";
    // A date written as ISO 8601 text (ECMA-376 §18.18.11): its day.
    case "d": {
      const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw ?? "");
      return day ? day[1] : raw;
    }
    default: {
      if (raw === undefined || raw.trim() === "") return undefined;
      const n = Number(raw);
      if (Number.isNaN(n)) return raw;
      return context.dates[style] ? (excelSerialDay(n, context.date1904) ?? n) : n;
    }
  }
}

/** The rows of a worksheet part, each with its cells as values, merged cells filled from their first. */
async function* sheetRowsOf(source: ByteSource, entry: ZipEntry, context: { strings: string[]; dates: boolean[]; date1904: boolean }): AsyncGenerator<TableRow> {
  const merges = await mergesOf(source, entry);
  let filled = 0;
  const active: Merge[] = [];
  let nextMerge = 0;
  /** Fills a row's cells covered by a merge from the merge's first cell. */
  const fill = (row: number, cells: unknown[]) => {
    while (nextMerge < merges.length && merges[nextMerge]!.top <= row) active.push(merges[nextMerge++]!);
    for (let i = active.length - 1; i >= 0; i--) {
      const merge = active[i]!;
      if (merge.bottom < row) {
        active.splice(i, 1);
        continue;
      }
      if (row === merge.top) merge.value = cells[merge.left - 1];
      if (isEmpty(merge.value)) continue;
      for (let column = merge.left; column <= merge.right; column++) {
        if (row === merge.top && column === merge.left) continue;
        if (!isEmpty(cells[column - 1])) continue;
        if (++filled > XLSX_LIMITS.mergedCells) throw new XlsxLimitError("mergedCells", filled);
        cells[column - 1] = merge.value;
      }
    }
  };
  const ready: TableRow[] = [];
  let lastRow = 0;
  const emit = (row: number, cells: unknown[]) => {
    // Rows that hold nothing but the rest of a merge above them are absent from the XML.
    for (let between = lastRow + 1; between < row && active.some((m) => m.bottom >= between && !isEmpty(m.value)); between++) {
      const blank: unknown[] = [];
      fill(between, blank);
      ready.push({ row: between, cells: blank });
    }
    if (merges.length > 0) fill(row, cells);
    ready.push({ row, cells });
    lastRow = row;
  };

  let row: number | undefined;
  let cells: unknown[] = [];
  let column = 0;
  let cell: { column: number; type: string | undefined; style: number } | undefined;
  let raw: string | undefined;
  let inline: string | undefined;
  let reading: "v" | "t" | undefined;
  let phonetic = 0;
  const parser = new XmlParser({
    open(name, a, selfClosing) {
      switch (name) {
        case "row": {
          row = a.r === undefined ? lastRow + 1 : Number(a.r);
          if (!Number.isInteger(row) || row < 1) throw new Error(`xml: a row numbered "${a.r}"`);
          if (row > XLSX_LIMITS.rows) throw new XlsxLimitError("rows", row);
          cells = [];
          column = 0;
          if (selfClosing) emit(row, cells);
          break;
        }
        case "c": {
          column = a.r === undefined ? column + 1 : columnNumber(a.r);
          if (column < 1) throw new Error(`xml: a cell referenced "${a.r}"`);
          if (column > XLSX_LIMITS.columns) throw new XlsxLimitError("columns", column);
          cell = { column, type: a.t, style: a.s === undefined ? 0 : Number(a.s) };
          raw = undefined;
          inline = undefined;
          break;
        }
        case "v":
          if (cell) (reading = "v"), (raw = "");
          break;
        case "rPh":
          phonetic += 1;
          break;
        case "t":
          if (cell && phonetic === 0) (reading = "t"), (inline ??= "");
          break;
      }
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
          reading = undefined;
          break;
        case "rPh":
          phonetic -= 1;
          break;
        case "c":
          if (cell) {
            const value = cellValue(cell.type, raw, inline, cell.style, context);
            if (typeof value === "string" && value.length > XLSX_LIMITS.cellCharacters) throw new XlsxLimitError("cellCharacters", value.length);
            if (value !== undefined) cells[cell.column - 1] = value;
          }
          cell = undefined;
          break;
        case "row":
          if (row !== undefined) emit(row, cells);
          row = undefined;
          break;
      }
    },
    text(text) {
      if (reading === "v") raw += text;
      else if (reading === "t") inline += text;
    },
  });
  for await (const text of partText(source, entry, XLSX_LIMITS.sheetBytes, "sheetBytes")) {
    parser.write(text);
    if (ready.length > 0) yield* ready.splice(0);
  }
  parser.end();
  yield* ready.splice(0);
}

/**
 * A workbook's worksheets in tab order (the order of `<sheets>` in workbook.xml, as Excel and WPS
 * show them), read by the workbook standard (ECMA-376 / ISO 29500): shared strings with their rich
 * text runs and without phonetic guides, dates by their cell's number format in the workbook's
 * date system (1900 or 1904), ISO dates (`t="d"`), booleans, errors (cached by a formula too) as
 * their text, formulas by their cached value, merged cells filled from their first cell, cells and
 * rows without their optional references. Every part is inflated under XLSX_LIMITS.
 *
 * @example for (const sheet of await readWorkbook(source)) for await (const row of sheet.rows()) …
 */
export async function readWorkbook(source: ByteSource): Promise<XlsxSheet[]> {
  const entries = await zipEntries(source);
  const root = await relationships(source, entries, "");
  const office = [...root.values()].find((rel) => endsWithType(rel, "officeDocument"));
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbook = entries.get(workbookPart.toLowerCase());
  if (workbook === undefined) throw new ZipError("no workbook part (xl/workbook.xml)");
  const rels = await relationships(source, entries, workbookPart);
  const partOf = (type: string) => {
    const rel = [...rels.values()].find((r) => endsWithType(r, type));
    return rel === undefined ? undefined : entries.get(rel.target.toLowerCase());
  };
  const listed: { name: string; hidden: boolean; id: string }[] = [];
  let date1904 = false;
  await parsePart(source, workbook, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name === "sheet") {
        const id = Object.keys(a).find((key) => key === "id" || key.endsWith(":id"));
        listed.push({ name: a.name ?? "", hidden: a.state === "hidden" || a.state === "veryHidden", id: id === undefined ? "" : a[id]! });
      }
    },
    close() {},
    text() {},
  }, XLSX_LIMITS.partBytes, "partBytes");
  const strings = await sharedStrings(source, partOf("sharedStrings"));
  const dates = await dateStyles(source, partOf("styles"));
  const context = { strings, dates, date1904 };
  // Chart sheets and dialog sheets are tabs too, but hold no cells.
  return listed.flatMap(({ name, hidden, id }) => {
    const rel = rels.get(id);
    const entry = rel && endsWithType(rel, "worksheet") ? entries.get(rel.target.toLowerCase()) : undefined;
    return entry === undefined ? [] : [{ name, hidden, rows: () => sheetRowsOf(source, entry, context) }];
  });
}
