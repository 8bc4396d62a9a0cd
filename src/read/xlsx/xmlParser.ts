import { XlsxLimitError, XLSX_LIMITS } from "./limits";

/** What the parser hands over: elements by their local name (`x:row` is `row`), and text. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text with its five entities and character references read; any other entity is damage. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error("xml: a bare & in text");
    if (name[0] !== "#") {
      const named = ENTITIES[name];
      // A DTD's own entities are never expanded (no entity bomb, no external file): none is declared in a workbook.
      if (named === undefined) throw new Error(`xml: unknown entity ${whole}`);
      return named;
    }
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) throw new Error(`xml: bad character reference ${whole}`);
    return String.fromCodePoint(code);
  });
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MARKUP_END = /["'>]/g;

/**
 * A small streaming XML parser for the parts of a workbook: elements, attributes, text, CDATA;
 * comments and processing instructions skipped; a DOCTYPE refused (no entity is ever expanded, so
 * no XXE and no entity bomb). Fed text chunk by chunk, it calls its handler as each element closes
 * its tag, and holds at most one unfinished token, of at most `maxToken` characters.
 *
 * @example const parser = new XmlParser(handler); parser.write("<row r=\"1\">"); parser.end();
 */
export class XmlParser {
  private buffer = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken: number = XLSX_LIMITS.tokenCharacters,
  ) {}

  write(chunk: string): void {
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
    if (this.buffer.trim() !== "") throw new Error("xml: the document ends inside a tag");
  }

  private parse(final: boolean): void {
    const text = this.buffer;
    const { handler } = this;
    let at = 0;
    while (at < text.length) {
      if (text.charCodeAt(at) !== 60 /* < */) {
        const next = text.indexOf("<", at);
        if (next < 0 && !final) break;
        const end = next < 0 ? text.length : next;
        handler.text(decodeEntities(text.slice(at, end)));
        at = end;
        continue;
      }
      const second = text.charCodeAt(at + 1);
      if (second === 33 /* ! */) {
        if (text.startsWith("<!--", at)) {
          const end = text.indexOf("-->", at + 4);
          if (end < 0) break;
          at = end + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", at)) {
          const end = text.indexOf("]]>", at + 9);
          if (end < 0) break;
          handler.text(text.slice(at + 9, end));
          at = end + 3;
          continue;
        }
        if (text.length - at < 9 && !final) break;
        throw new Error("xml: a DOCTYPE or declaration, which no workbook part has");
      }
      if (second === 63 /* ? */) {
        const end = text.indexOf("?>", at + 2);
        if (end < 0) break;
        at = end + 2;
        continue;
      }
      // A tag ends at the first > outside a quoted attribute value.
      MARKUP_END.lastIndex = at + 1;
      let end = -1;
      for (let m = MARKUP_END.exec(text); m !== null; m = MARKUP_END.exec(text)) {
        if (m[0] === ">") {
          end = m.index;
          break;
        }
        const close = text.indexOf(m[0], m.index + 1);
        if (close < 0) break;
        MARKUP_END.lastIndex = close + 1;
      }
      if (end < 0) break;
      if (second === 47 /* / */) {
        handler.close(localName(text.slice(at + 2, end).trim()));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const body = text.slice(at + 1, selfClosing ? end - 1 : end);
        const space = body.search(/\s/);
        const name = localName(space < 0 ? body : body.slice(0, space));
        if (name === "") throw new Error("xml: a tag without a name");
        // No prototype: an attribute named __proto__ is an attribute like any other.
        const attributes: Record<string, string> = Object.create(null);
        if (space >= 0) {
          ATTRIBUTE.lastIndex = space;
          for (let m = ATTRIBUTE.exec(body); m !== null; m = ATTRIBUTE.exec(body)) attributes[m[1]!] = decodeEntities(m[2] ?? m[3] ?? "");
        }
        handler.open(name, attributes, selfClosing);
        if (selfClosing) handler.close(name);
      }
      at = end + 1;
    }
    this.buffer = at === 0 ? text : text.slice(at);
    if (this.buffer.length > this.maxToken) throw new XlsxLimitError("tokenCharacters", this.buffer.length);
  }
}
