/** A cell's value as the report writes it: text, a number, a day, or nothing. */
export type CellValue = string | number | Date | null;

/** exceljs's cell types (ExcelJS.ValueType) for those values: what its style ids are kept by. */
export const CELL_TYPE = { null: 0, number: 2, string: 3, date: 4 } as const;

/**
 * The cell type exceljs gives a value (ExcelJS.ValueType).
 *
 * @example cellTypeOf("达标") // 3
 */
export function cellTypeOf(value: CellValue): number {
  if (value === null) return CELL_TYPE.null;
  if (typeof value === "number") return CELL_TYPE.number;
  return typeof value === "string" ? CELL_TYPE.string : CELL_TYPE.date;
}

// What exceljs escapes (utils.xmlEncode): the five markup characters; control characters other
// than tab, line feed and carriage return, and DEL, are dropped. A test holds the two equal.
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/**
 * Text as exceljs writes it into XML, character for character.
 *
 * @example xmlText('A&B <"1">') // "A&amp;B &lt;&quot;1&quot;&gt;"
 */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string;
    if (code === 34) escape = "&quot;";
    else if (code === 38) escape = "&amp;";
    else if (code === 39) escape = "&apos;";
    else if (code === 60) escape = "&lt;";
    else if (code === 62) escape = "&gt;";
    else if (code === 127 || (code <= 31 && code !== 9 && code !== 10 && code !== 13)) escape = "";
    else continue;
    out += text.slice(from, i) + escape;
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * One worksheet row's XML as exceljs's streaming writer writes it (row-xform, cell-xform) for cells
 * of text, numbers, days and nothing, each with its style id, columns A to Z: what the report
 * writes for 明细 without exceljs's row and cell objects. Days are serials of the 1900 system.
 *
 * @example rowXml(2, 15, ["c1", 8, null], [4, 4, 4]) // '<row r="2" ht="15" customHeight="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" s="4" t="str"><v>c1</v></c>…'
 */
export function rowXml(row: number, height: number, values: readonly CellValue[], styleIds: readonly number[]): string {
  let xml = `<row r="${row}" ht="${height}" customHeight="1" spans="1:${values.length}" x14ac:dyDescent="0.25">`;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const style = styleIds[i]! === 0 ? "" : ` s="${styleIds[i]}"`;
    // exceljs leaves out an empty cell without a style.
    if (value === null) {
      if (style !== "") xml += `<c r="${String.fromCharCode(65 + i)}${row}"${style}/>`;
      continue;
    }
    const address = `${String.fromCharCode(65 + i)}${row}`;
    if (typeof value === "string") xml += `<c r="${address}"${style} t="str"><v>${xmlText(value)}</v></c>`;
    else if (typeof value === "number") xml += `<c r="${address}"${style}><v>${String(value)}</v></c>`;
    else xml += `<c r="${address}"${style}><v>${String(25569 + value.getTime() / 86_400_000)}</v></c>`;
  }
  return `${xml}</row>`;
}
