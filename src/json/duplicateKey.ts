import { formatPath } from "../schema/formatPath";

/**
 * The place of the first key that appears twice in one object of a JSON text, or undefined. JSON.parse
 * keeps the last of two equal keys without a word; a streamed file read both: a file that says two
 * things in one place is refused instead, wherever it is read. The text is valid JSON (JSON.parse
 * read it first).
 *
 * @example duplicateKey('{"households":2000,"households":5000}') // "households"
 * @example duplicateKey('{"rooms":[{"areaM2":1,"areaM2":2}]}') // "rooms[0].areaM2"
 */
export function duplicateKey(text: string): string | undefined {
  const stack: { keys: Set<string> | undefined; key: string | number; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34) break;
      }
      const top = stack[stack.length - 1];
      if (top?.keys !== undefined && top.expectKey) {
        const raw = text.slice(start, i + 1);
        const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) return formatPath([...stack.slice(0, -1).map((f) => f.key), key]);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    } else if (ch === 123 /* { */) stack.push({ keys: new Set(), key: "", expectKey: true });
    else if (ch === 91 /* [ */) stack.push({ keys: undefined, key: 0, expectKey: false });
    else if (ch === 125 /* } */ || ch === 93 /* ] */) stack.pop();
    else if (ch === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys !== undefined) top.expectKey = true;
      else if (top !== undefined) top.key = (top.key as number) + 1;
    }
  }
  return undefined;
}
