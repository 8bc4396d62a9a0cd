// Characters joined into one string at a time: a few thousand, so that neither the array nor
// the joins grow with the piece.
const CHUNK = 4096;

/**
 * A piece's text, a character at a time. `+=` would build a rope of a node per character (about
 * 400 MB of garbage in flight for a 65 MB file); one array of characters joined at the end held a
 * slot per character (a subject kept whole up to 4 MiB took some 60 MB at once). So characters are
 * joined a few thousand at a time, and the chunks once at the end.
 *
 * @example const t = new TextBuffer("{"); t.add("}"); t.toString() // "{}"
 */
export class TextBuffer {
  private chunks: string[];
  private chars: string[] = [];
  length: number;
  constructor(start: string) {
    this.chunks = [start];
    this.length = start.length;
  }
  add(ch: string): void {
    this.chars.push(ch);
    this.length += ch.length;
    if (this.chars.length === CHUNK) {
      this.chunks.push(this.chars.join(""));
      this.chars = [];
    }
  }
  toString(): string {
    if (this.chars.length > 0) {
      this.chunks.push(this.chars.join(""));
      this.chars = [];
    }
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return this.chunks[0]!;
  }
}
