/** Input that is not one JSON value or one array of them, at the place it goes wrong. */
export class JsonShapeError extends Error {
  constructor(
    /** The index of the element (from 1) being read, or 0 before the first. */
    readonly element: number,
    message: string,
  ) {
    super(message);
    this.name = "JsonShapeError";
  }
}

export interface JsonArraySplitter {
  /** Feeds more text; returns the text of each element (or of the single value) completed by it. */
  push(text: string): string[];
  /** Ends the input; returns the last value if the input was a single value. */
  end(): string[];
}

/** The longest element a JSON input may have: a subject past it is past the schema's limits too. */
export const MAX_ELEMENT_LENGTH = 64 * 1024 * 1024;

/**
 * Cuts a JSON array into the text of its elements as the text arrives, so a 200 MB array of
 * subjects is parsed one subject at a time. Input that is one value (not an array) comes back
 * whole at the end. It only tracks strings and brackets: each piece is still parsed by JSON.parse.
 *
 * @example const s = createJsonArraySplitter(); s.push('[{"id":"a"}, {"id":') // ['{"id":"a"}']
 */
export function createJsonArraySplitter(maxElementLength = MAX_ELEMENT_LENGTH): JsonArraySplitter {
  let mode: "start" | "array" | "single" | "done" = "start";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = "";
  let index = 0;
  const out: string[] = [];
  const finish = () => {
    if (element.trim() !== "") out.push(element.trim());
    element = "";
  };
  return {
    push(text) {
      out.length = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (mode === "start") {
          if (ch === "\uFEFF" || /\s/.test(ch)) continue;
          mode = ch === "[" ? "array" : "single";
          if (mode === "array") continue;
        }
        if (mode === "done") {
          if (!/\s/.test(ch)) throw new JsonShapeError(index, "text after the closing ] of the array");
          continue;
        }
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === "\\") escaped = true;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === "{" || ch === "[") depth += 1;
        else if (ch === "}" || ch === "]") {
          if (depth === 0 && mode === "array" && ch === "]") {
            if (element.trim() !== "") index += 1;
            finish();
            mode = "done";
            continue;
          }
          depth -= 1;
          if (depth < 0) throw new JsonShapeError(index + 1, `an unmatched ${ch}`);
        } else if (ch === "," && depth === 0 && mode === "array") {
          index += 1;
          if (element.trim() === "") throw new JsonShapeError(index, "an empty element (two commas in a row?)");
          finish();
          continue;
        }
        element += ch;
        if (element.length > maxElementLength) throw new JsonShapeError(index + 1, `an element longer than ${maxElementLength} characters`);
      }
      return [...out];
    },
    end() {
      if (mode === "array") throw new JsonShapeError(index + 1, "the array is never closed with ]");
      out.length = 0;
      if (mode === "single") finish();
      return [...out];
    },
  };
}
