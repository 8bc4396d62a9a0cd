import { pilotArea } from "../schema/pilotArea";
import { NESTING } from "../schema/walkSubjects";
import type { Bilingual, Jurisdiction, SubjectKind } from "../types";
import { ENUM_LABELS } from "../labels/enumLabels";
import { kindNamed } from "../labels/kindNamed";
import { jsonSyntaxReason } from "./jsonSyntaxReason";
import { TextBuffer } from "./textBuffer";

/** Input that is not one JSON value or one array of them, at the place it goes wrong. */
export class JsonShapeError extends Error {
  /** Why, in both languages; `message` is the English. */
  readonly reason: Bilingual;
  constructor(
    /** The index of the top-level element (from 1) being read, or 1 for a single value. */
    readonly element: number,
    reason: Bilingual,
  ) {
    super(reason.en);
    this.name = "JsonShapeError";
    this.reason = reason;
  }
}

/** The longest text one subject may have: a subject past it is past the schema's limits too. */
export const MAX_ELEMENT_LENGTH = 64 * 1024 * 1024;

/** One subject of a streamed tree: its own JSON text (its children cut out), where it sits, and what it inherits. */
export interface SubjectPiece {
  /** The subject's JSON text without its `districts`, `streets` or `communities`. */
  text: string;
  /** Where it is in the input, for messages: "[2].streets[0].communities[41]", or "" for the root. */
  at: string;
  /** The ids of the subjects it lies in, root first. */
  parentPath: string[];
  /** The nearest ancestor's jurisdiction and pilot flag (spec section 2). */
  inherited: { jurisdiction: Jurisdiction | undefined; pilot: boolean | undefined };
  /** The kind its place asks for (a street's communities are communities), or undefined at the top. */
  expectedKind: SubjectKind | undefined;
}

export interface SubjectTreeSplitter {
  /** Feeds more text; returns each subject completed by it (children before their parent). */
  push(text: string): SubjectPiece[];
  /** Ends the input. */
  end(): SubjectPiece[];
}

export interface SplitterOptions {
  /**
   * A top-level subject whose text stays within this many characters comes back whole, children
   * and all (one report, parents first); a larger one is cut into its subjects as it arrives.
   * Infinity keeps every subject whole; 0 cuts every one.
   */
  wholeUpTo?: number;
  /** The longest text one subject (its children cut out) may have. */
  maxPieceLength?: number;
}

/** The keys that hold nested subjects, and the kind each holds (NESTING). */
export const CHILDREN: Readonly<Record<string, SubjectKind>> = Object.freeze(Object.fromEntries(NESTING.map((n) => [n.key, n.child])));
/** The keys that hold nested subjects, and the kind that has them. */
const CHILDREN_OF: Readonly<Record<string, SubjectKind>> = Object.fromEntries(NESTING.map((n) => [n.key, n.parent]));
const SPACE = /\s/;

interface SubjectFrame {
  type: "subject";
  /** False while a top-level subject is kept whole, children and all (it is still small). */
  streaming: boolean;
  text: TextBuffer;
  depth: number;
  at: string;
  parentPath: string[];
  inherited: SubjectPiece["inherited"];
  expectedKind: SubjectKind | undefined;
  /** At depth 1: where the key being read starts in `text`, and whether a key is expected. */
  keyStart: number;
  expectKey: boolean;
  key: string | undefined;
  /** The keys read at depth 1 (of a streamed subject): a key written twice is refused. */
  keys: Set<string>;
  /** Set once children were cut out: their context, to hold the parent's later fields to it. */
  gave: { jurisdiction: unknown; pilot: unknown } | undefined;
  pendingChildren: string | undefined;
  afterChildren: boolean;
  /**
   * Set where the children began before anything above or in the subject gave a jurisdiction: the
   * pieces below it that know none are held here until the subject ends (its jurisdiction may come
   * after its children), then given it. Held text is bounded by MAX_HELD.
   */
  held: SubjectPiece[] | undefined;
}

interface ChildrenFrame {
  type: "children";
  key: string;
  parent: SubjectFrame;
  index: number;
  /** Whether a comma has been read since the last element: an element, not "]", must follow. */
  comma: boolean;
  context: Pick<SubjectPiece, "parentPath" | "inherited">;
}

/** A top-level element that is not an object: collected whole, for the schema to refuse. */
interface RawFrame {
  type: "raw";
  text: TextBuffer;
  depth: number;
  at: string;
}

/** A top-level subject that outgrew `wholeUpTo`: the rest of it goes to a streaming splitter. */
interface DelegateFrame {
  type: "delegate";
  inner: Inner;
}

type Inner = SubjectTreeSplitter & { idle(): boolean; feed(text: string, from: number): { pieces: SubjectPiece[]; next: number } };

type Frame = SubjectFrame | ChildrenFrame | RawFrame | DelegateFrame;

/**
 * Cuts a JSON input (one subject, or an array of them) into its subjects as the text arrives, the
 * children of a city, district or street (`districts`, `streets`, `communities`) included, each on
 * its own with its place, ancestors' ids and inheritance: a street of 100,000 communities is read
 * one community at a time. Each piece is still parsed by JSON.parse. A parent's `pilot` must come
 * before its children; its `jurisdiction` may come after them: the children that know no other are
 * held (up to MAX_HELD of text) until it does (JSON.stringify writes keys in the order given).
 *
 * @example createSubjectTreeSplitter().push('{"kind":"street","id":"s","communities":[{"kind":"community","id":"c"}]}')
 *          // [{ text: '{"kind":"community","id":"c"}', parentPath: ["s"], … }, { text: '{"kind":"street","id":"s"}', … }]
 */
/** How much text of subjects a file may make wait for its jurisdiction (written after their list). */
export const MAX_HELD = 64 * 1024 * 1024;

/** How deep a JSON file may nest, subjects and values together. */
export const MAX_NESTING = 64;

export function createSubjectTreeSplitter({ wholeUpTo = 0, maxPieceLength = MAX_ELEMENT_LENGTH }: SplitterOptions = {}): Inner {
  let mode: "start" | "array" | "single" | "done" = "start";
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  let topIndex = 0;
  let expectElement = true;
  let out: SubjectPiece[] = [];
  /** The text of the pieces held for a jurisdiction that may still come (emit). */
  let heldChars = 0;

  const subject = (at: string, context: Pick<SubjectPiece, "parentPath" | "inherited">, expectedKind: SubjectKind | undefined, streaming = true): SubjectFrame => ({
    type: "subject", streaming, text: new TextBuffer("{"), depth: 1, at, ...context, expectedKind, keyStart: -1, expectKey: true, key: undefined, keys: new Set(), gave: undefined, pendingChildren: undefined, afterChildren: false, held: undefined,
  });
  const ROOT = { parentPath: [], inherited: { jurisdiction: undefined, pilot: undefined } };
  const fail = (zh: string, en: string): never => {
    throw new JsonShapeError(Math.max(topIndex, 1), { zh, en });
  };
  const named = (at: string, lang: keyof Bilingual) => at || (lang === "zh" ? "主体" : "the subject");
  // No subject nests deeper than a city's rooms and records (about 8 levels): past MAX_NESTING a
  // file is refused before anything recursive (JSON.parse, the schema) meets it.
  const tooDeep = (at: string): never => fail(`${named(at, "zh")}：嵌套超过 ${MAX_NESTING} 层，主体最多嵌套约 8 层（市、区、街道、社区及其用房等）`, `${named(at, "en")}: nested deeper than ${MAX_NESTING} levels; subjects nest about 8 (city, district, street, community and their rooms)`);
  const nest = (frame: { depth: number; at: string }) => {
    frame.depth += 1;
    // The frame is on the stack: a value nested in the first subject is at its depth.
    if (frame.depth + stack.length - 1 > MAX_NESTING) tooDeep(frame.at);
  };
  const grow = (frame: SubjectFrame | RawFrame, ch: string) => {
    frame.text.add(ch);
    if (frame.type === "subject" && !frame.streaming && frame.text.length > wholeUpTo) return delegate(frame);
    if (frame.text.length > maxPieceLength) fail(`${named(frame.at, "zh")} 超过 ${maxPieceLength} 个字符`, `${named(frame.at, "en")} is longer than ${maxPieceLength} characters`);
  };

  // A whole top-level subject grew past wholeUpTo: what was read of it, and the rest, go to a
  // streaming splitter, which gives its subjects one by one.
  function delegate(frame: SubjectFrame): void {
    const inner = createSubjectTreeSplitter({ maxPieceLength });
    stack[stack.length - 1] = { type: "delegate", inner };
    inString = false;
    escaped = false;
    forward(inner, frame.text.toString(), 0);
  }

  /** Gives `text` from `from` to a delegate until its subject ends; returns where the outer splitter goes on. */
  function forward(inner: DelegateFrame["inner"], text: string, from: number): number {
    let next: number;
    try {
      const fed = inner.feed(text, from);
      out.push(...fed.pieces);
      next = fed.next;
    } catch (error) {
      if (error instanceof JsonShapeError) fail(error.reason.zh, error.reason.en);
      throw error;
    }
    if (inner.idle()) stack.pop();
    return next;
  }

  function openChildren(frame: SubjectFrame): void {
    // The parent so far, its children key cut off: enough to know its id and what it passes down.
    const prefix = frame.text.toString().slice(0, frame.keyStart).replace(/,\s*$/, "");
    let parent: Record<string, unknown>;
    try {
      parent = JSON.parse(`${prefix}}`) as Record<string, unknown>;
    } catch (error) {
      const reason = jsonSyntaxReason(error);
      return fail(`${named(frame.at, "zh")}：${reason.zh}`, `${named(frame.at, "en")}: ${reason.en}`);
    }
    const kind = CHILDREN_OF[frame.key!];
    const where = `${frame.at ? `${frame.at}.` : ""}${frame.key}`;
    if (parent.kind === undefined || parent.id === undefined) return fail(`${where}：kind、id、jurisdiction 和 pilot 应写在 ${frame.key} 之前（列表是边读边查的）`, `${where}: put kind, id, jurisdiction and pilot before the ${frame.key} (they are read as the list arrives)`);
    if (parent.kind !== kind) return fail(`${where}：只有${ENUM_LABELS.kind[kind!].zh}才有 ${frame.key}，这里是${kindNamed(parent.kind)}`, `${where}: only a ${kind} has ${frame.key}, not a ${String(parent.kind)}`);
    frame.text = new TextBuffer(prefix);
    frame.afterChildren = true;
    frame.gave = { jurisdiction: parent.jurisdiction, pilot: parent.pilot };
    if (typeof parent.jurisdiction !== "string" && frame.inherited.jurisdiction === undefined) frame.held ??= [];
    const id = typeof parent.id === "string" ? parent.id : "?";
    stack.push({
      type: "children",
      key: frame.key!,
      parent: frame,
      index: 0,
      comma: false,
      context: {
        parentPath: [...frame.parentPath, id],
        inherited: {
          jurisdiction: (typeof parent.jurisdiction === "string" ? parent.jurisdiction : frame.inherited.jurisdiction) as Jurisdiction | undefined,
          pilot: pilotArea(typeof parent.pilot === "boolean" ? parent.pilot : undefined, frame.inherited.pilot),
        },
      },
    });
  }

  function closeSubject(frame: SubjectFrame): void {
    stack.pop();
    if (frame.gave !== undefined) {
      let whole: Record<string, unknown> = {};
      try {
        whole = JSON.parse(frame.text.toString()) as Record<string, unknown>;
      } catch {
        // Left for JSON.parse of the piece to name.
      }
      // A jurisdiction after the children reaches the children held for it; one that changes what
      // they were read with, or a pilot after them, cannot.
      const lateJurisdiction = frame.held !== undefined && frame.gave.jurisdiction === undefined;
      if ((!lateJurisdiction && whole.jurisdiction !== frame.gave.jurisdiction) || whole.pilot !== frame.gave.pilot) {
        fail(`${named(frame.at, "zh")}：jurisdiction 和 pilot 应写在 ${Object.keys(CHILDREN).join("/")} 之前（下级主体已按之前的值读过）`, `${named(frame.at, "en")}: put jurisdiction and pilot before its ${Object.keys(CHILDREN).join("/")} (its children were already read)`);
      }
      if (frame.held !== undefined) {
        const jurisdiction = typeof whole.jurisdiction === "string" ? (whole.jurisdiction as Jurisdiction) : undefined;
        const held = frame.held;
        frame.held = undefined;
        heldChars -= held.reduce((n, piece) => n + piece.text.length, 0);
        for (const piece of held) emit(jurisdiction === undefined ? piece : { ...piece, inherited: { ...piece.inherited, jurisdiction } });
      }
    }
    emit({ text: frame.text.toString(), at: frame.at, parentPath: frame.parentPath, inherited: frame.inherited, expectedKind: frame.expectedKind });
  }

  /**
   * Gives a subject out, or holds it under the nearest subject above it whose jurisdiction may
   * still come (after its children): nothing is checked against every document while the file
   * may yet name its place.
   */
  function emit(piece: SubjectPiece): void {
    if (piece.inherited.jurisdiction === undefined) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const above = stack[i]!;
        if (above.type !== "subject" || above.held === undefined) continue;
        heldChars += piece.text.length;
        if (heldChars > MAX_HELD) fail(`${named(above.at, "zh")}：下级主体过多，须先知道所属地区：请把 jurisdiction 写在 ${Object.keys(CHILDREN).join("/")} 之前`, `${named(above.at, "en")}: too many children to hold until its jurisdiction comes: put jurisdiction before its ${Object.keys(CHILDREN).join("/")}`);
        above.held.push(piece);
        return;
      }
    }
    out.push(piece);
  }

  function inSubject(frame: SubjectFrame, ch: string): void {
    if (inString) {
      grow(frame, ch);
      if (stack[stack.length - 1] !== frame) return;
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') {
        inString = false;
        return;
      }
      // A key's characters as written (escapes kept): enough to know a children key, which has none.
      if (frame.depth === 1 && frame.expectKey) frame.key += ch;
      return;
    }
    if (frame.pendingChildren !== undefined) {
      if (SPACE.test(ch)) return;
      if (ch !== "[") fail(`${frame.at}.${frame.pendingChildren}：应为列表`, `${frame.at}.${frame.pendingChildren}: expected a list`);
      frame.pendingChildren = undefined;
      return openChildren(frame);
    }
    if (frame.afterChildren && frame.depth === 1 && ch === "," && /[{,]\s*$/.test(frame.text.toString())) {
      frame.expectKey = true;
      return;
    }
    if (ch === '"') {
      if (frame.depth === 1 && frame.expectKey) {
        frame.keyStart = frame.text.length;
        frame.key = "";
      }
      grow(frame, ch);
      if (stack[stack.length - 1] === frame) inString = true;
      return;
    }
    if (frame.depth === 1 && ch === ":" && frame.expectKey) {
      frame.expectKey = false;
      // A streamed subject's keys are checked here: its lists are cut out of the text JSON.parse reads.
      if (frame.streaming && frame.key !== undefined) {
        if (frame.keys.has(frame.key)) fail(`${named(frame.at, "zh")}：键「${frame.key}」写了两次，请删去一个`, `${named(frame.at, "en")}: the key "${frame.key}" is written twice: remove one`);
        frame.keys.add(frame.key);
      }
      if (frame.streaming && frame.key !== undefined && frame.key in CHILDREN) {
        frame.pendingChildren = frame.key;
        return;
      }
    }
    if (frame.depth === 1 && ch === ",") frame.expectKey = true;
    if (ch === "{" || ch === "[") nest(frame);
    else if (ch === "}" || ch === "]") frame.depth -= 1;
    grow(frame, ch);
    if (stack[stack.length - 1] === frame && frame.depth === 0) closeSubject(frame);
  }

  function inChildren(frame: ChildrenFrame, ch: string): void {
    if (SPACE.test(ch)) return;
    const list = `${frame.parent.at ? `${frame.parent.at}.` : ""}${frame.key}`;
    // JSON's own rule, as JSON.parse keeps it for a subject read whole: one comma between two elements.
    if (ch === ",") {
      if (frame.index === 0 || frame.comma) fail(`${list}：空元素（是否多写了一个逗号？）`, `${list}: an empty element (a comma too many?)`);
      frame.comma = true;
      return;
    }
    if (ch === "]") {
      if (frame.comma) fail(`${list}：列表末尾多了一个逗号`, `${list}: a comma before the end of the list`);
      stack.pop();
      return;
    }
    if (frame.index > 0 && !frame.comma) fail(`${list}：两个元素之间缺少逗号`, `${list}: a comma is missing between two elements`);
    frame.comma = false;
    const at = `${list}[${frame.index}]`;
    if (ch !== "{") fail(`${at}：应为主体对象 {…}`, `${at}: expected a subject object`);
    frame.index += 1;
    if (stack.length >= MAX_NESTING) tooDeep(at);
    stack.push(subject(at, frame.context, CHILDREN[frame.key]));
  }

  function inRaw(frame: RawFrame, ch: string): void {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") nest(frame);
    else if (ch === "}" || ch === "]") {
      if (frame.depth === 0) {
        stack.pop();
        out.push({ text: frame.text.toString().trim(), at: frame.at, ...ROOT, expectedKind: undefined });
        return top(ch);
      }
      frame.depth -= 1;
    } else if (ch === "," && frame.depth === 0 && mode === "array") {
      stack.pop();
      out.push({ text: frame.text.toString().trim(), at: frame.at, ...ROOT, expectedKind: undefined });
      return top(ch);
    }
    frame.text.add(ch);
    if (frame.text.length > maxPieceLength) fail(`${named(frame.at, "zh")} 超过 ${maxPieceLength} 个字符`, `${named(frame.at, "en")} is longer than ${maxPieceLength} characters`);
  }

  // Between the elements of a top-level array, or before and after a single value.
  function top(ch: string): void {
    if (mode === "start") {
      if (ch === "\uFEFF" || SPACE.test(ch)) return;
      if (ch === "[") {
        mode = "array";
        return;
      }
      mode = "single";
      return open(ch);
    }
    if (SPACE.test(ch)) return;
    if (mode === "done") fail("数组的结尾 ] 之后还有内容", "text after the closing ] of the array");
    if (mode === "single" && stack.length === 0) fail("输入的值结束后还有内容", "text after the end of the input's value");
    if (ch === "}" || (ch === "]" && mode !== "array")) fail(`多出一个 ${ch}，没有与之配对的括号`, `an unmatched ${ch}`);
    if (ch === "]" && mode === "array") {
      if (expectElement && topIndex > 0) throw new JsonShapeError(topIndex, { zh: "数组末尾多了一个逗号", en: "a comma before the closing ] of the array" });
      mode = "done";
      return;
    }
    if (ch === ",") {
      if (expectElement) throw new JsonShapeError(topIndex + 1, { zh: "空元素（是否连写了两个逗号？）", en: "an empty element (two commas in a row?)" });
      expectElement = true;
      return;
    }
    if (!expectElement) fail("两个元素之间缺少逗号", "a comma is missing between two elements");
    expectElement = false;
    topIndex += 1;
    open(ch);
  }

  // A top-level value starts: named by its number (the row), so its own place is "".
  function open(ch: string): void {
    if (ch === "{") return void stack.push(subject("", ROOT, undefined, wholeUpTo === 0));
    stack.push({ type: "raw", text: new TextBuffer(ch), depth: ch === "[" ? 1 : 0, at: "" });
    inString = ch === '"';
  }

  /** Reads `text` from `from`; a single-value splitter stops where its value ends. */
  function feed(text: string, from: number): { pieces: SubjectPiece[]; next: number } {
    out = [];
    let i = from;
    while (i < text.length) {
      const frame = stack[stack.length - 1];
      if (frame?.type === "delegate") {
        i = forward(frame.inner, text, i);
        continue;
      }
      const ch = text[i++]!;
      if (frame === undefined) top(ch);
      else if (frame.type === "subject") inSubject(frame, ch);
      else if (frame.type === "children") inChildren(frame, ch);
      else inRaw(frame, ch);
      if (mode === "single" && stack.length === 0) break;
    }
    return { pieces: out, next: i };
  }

  return {
    idle: () => stack.length === 0 && mode !== "start",
    feed,
    push(text) {
      const pieces: SubjectPiece[] = [];
      let i = 0;
      while (i < text.length) {
        const fed = feed(text, i);
        pieces.push(...fed.pieces);
        // A single value ended: anything but white space after it is an error (top() says so).
        if (fed.next < text.length) {
          out = [];
          top(text[fed.next]!);
          pieces.push(...out);
          i = fed.next + 1;
        } else i = fed.next;
      }
      return pieces;
    },
    end() {
      out = [];
      const frame = stack[stack.length - 1];
      if (frame?.type === "raw" && mode === "single") {
        stack.pop();
        out.push({ text: frame.text.toString().trim(), at: "", ...ROOT, expectedKind: undefined });
      }
      const inside = stack[stack.length - 1]?.type === "children";
      if (stack.length > 0) fail(`输入在${inside ? "主体列表" : "主体"}中途结束（缺少结尾的括号？）`, `the input ends inside ${inside ? "a list of subjects" : "a subject"}`);
      if (mode === "array") fail("数组没有以 ] 结尾", "the array is never closed with ]");
      return out;
    },
  };
}
