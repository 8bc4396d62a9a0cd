import { inflateSync } from "node:zlib";

const scaleOf = (m: readonly number[]) => Math.sqrt(Math.abs(m[0]! * m[3]! - m[1]! * m[2]!));
const multiply = (a: readonly number[], b: readonly number[]): number[] => [
  a[0]! * b[0]! + a[1]! * b[2]!,
  a[0]! * b[1]! + a[1]! * b[3]!,
  a[2]! * b[0]! + a[3]! * b[2]!,
  a[2]! * b[1]! + a[3]! * b[3]!,
  a[4]! * b[0]! + a[5]! * b[2]! + b[4]!,
  a[4]! * b[1]! + a[5]! * b[3]! + b[5]!,
];

/**
 * The size in points at which each run of text of a PDF is drawn: the font size (Tf) times the
 * scale of the text matrix (Tm) and of the graphics state's matrix (cm, saved and restored by q/Q),
 * read from every Flate-compressed content stream. Enough for what Chromium writes (text is drawn in
 * page content streams, not in form XObjects); each stream starts from the identity.
 *
 * @example Math.min(...pdfTextSizes(pdf)) >= 9 // no text below 9 pt
 */
export function pdfTextSizes(pdf: Buffer): number[] {
  const sizes: number[] = [];
  const text = pdf.toString("latin1");
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    if (!/\bTf\b/.test(content)) continue;
    let ctm = [1, 0, 0, 1, 0, 0];
    const stack: number[][] = [];
    let tm = [1, 0, 0, 1, 0, 0];
    let font = 0;
    const operands: number[] = [];
    for (const token of content.matchAll(/\[(?:[^\]\\]|\\.)*\]|\((?:[^)\\]|\\.)*\)|<[^>]*>|\/[^\s/[\]()<>]+|[-+]?\d*\.?\d+|[A-Za-z'"*]+/g)) {
      const word = token[0];
      if (/^[-+]?\d*\.?\d+$/.test(word)) {
        operands.push(Number(word));
        continue;
      }
      if (word === "q") stack.push(ctm);
      else if (word === "Q") ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (word === "cm") ctm = multiply(operands.slice(-6), ctm);
      else if (word === "BT") tm = [1, 0, 0, 1, 0, 0];
      else if (word === "Tm") tm = operands.slice(-6);
      else if (word === "Tf") font = operands[operands.length - 1]!;
      else if (word === "Tj" || word === "TJ" || word === "'" || word === '"') sizes.push(font * scaleOf(tm) * scaleOf(ctm));
      if (!word.startsWith("[") && !word.startsWith("(") && !word.startsWith("<") && !word.startsWith("/")) operands.length = 0;
    }
  }
  return sizes;
}
