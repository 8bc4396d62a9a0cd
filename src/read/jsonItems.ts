import { createTextDecoder } from "../csv/createTextDecoder";
import { duplicateKey } from "../json/duplicateKey";
import { jsonSyntaxReason } from "../json/jsonSyntaxReason";
import { CHILDREN, JsonShapeError, type SubjectPiece, createSubjectTreeSplitter } from "../json/createSubjectTreeSplitter";
import { PILOT_INSIDE_PILOT } from "../schema/impossibleCombinations";
import { MAX_LIST_LENGTH, validateSubject } from "../schema/validateSubject";
import { ENUM_LABELS } from "../labels/enumLabels";
import { kindNamed } from "../labels/kindNamed";
import { type Item, type Problem, problem } from "./tableItems";

const CHILD_LISTS = Object.keys(CHILDREN);

/** Whether a subject's text holds a list of children longer than the schema takes whole. */
function hasLongChildren(text: string): boolean {
  if (text.length < 16 * MAX_LIST_LENGTH) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const long = (node: unknown): boolean =>
    node !== null && typeof node === "object" && CHILD_LISTS.some((key) => {
      const list = (node as Record<string, unknown>)[key];
      return Array.isArray(list) && (list.length > MAX_LIST_LENGTH || list.some(long));
    });
  return long(value);
}

/** A subject of a JSON file up to this size is read whole (one report, parents first); a larger one is streamed subject by subject. */
export const WHOLE_UP_TO = 4 * 1024 * 1024;

/**
 * The subjects of a JSON file, streamed: one subject or an array of them, and the districts,
 * streets and communities nested in them, each read on its own (createSubjectTreeSplitter), so a
 * 200 MB array or a street of 100,000 communities never sits in memory whole. A subject up to
 * WHOLE_UP_TO characters is read whole, as one report; in a larger one, each nested subject is
 * reported on its own, before the one it lies in. UTF-8 (with or without a BOM), GBK or UTF-16.
 * `chunks` are the file's bytes (a file stream, a browser File's stream); `file` names it in problems.
 */
export async function* jsonItems(file: string, chunks: AsyncIterable<Uint8Array>, wholeUpTo = WHOLE_UP_TO): AsyncGenerator<Item> {
  const splitter = createSubjectTreeSplitter({ wholeUpTo });
  let decoder: ReturnType<typeof createTextDecoder> | undefined;
  let element = 0;
  let any = false;
  function* take(pieces: SubjectPiece[], resplit = true): Generator<Item> {
    for (const piece of pieces) {
      // A subject read whole whose list of districts, streets or communities is past the schema's
      // limit is read again, subject by subject (it is within WHOLE_UP_TO, so this is cheap).
      if (resplit && piece.at === "" && hasLongChildren(piece.text)) {
        const again = createSubjectTreeSplitter();
        yield* take([...again.push(piece.text), ...again.end()], false);
        continue;
      }
      element += 1;
      any = true;
      const column = (path: string) => [piece.at, path].filter((p) => p !== "").join(path.startsWith("[") ? "" : ".");
      let input: unknown;
      try {
        input = JSON.parse(piece.text);
      } catch (error) {
        const reason = jsonSyntaxReason(error);
        yield problem(file, element, `不是有效的 JSON：${reason.zh}`, `not valid JSON: ${reason.en}`, piece.at);
        continue;
      }
      const twice = duplicateKey(piece.text);
      if (twice !== undefined) {
        yield problem(file, element, `键「${twice.split(".").pop()}」在同一处写了两次（读取时后一个会悄悄覆盖前一个）：请删去一个`, `the key "${twice.split(".").pop()}" is written twice in one place (the later would silently replace the earlier): remove one`, column(twice));
        continue;
      }
      const valid = validateSubject(input);
      if (!("subject" in valid)) {
        yield { problems: valid.problems.map((p) => ({ file, row: element, column: column(p.path), message: p.message })) };
        continue;
      }
      const { subject } = valid;
      const placed: Problem[] = [];
      if (piece.expectedKind !== undefined && subject.kind !== piece.expectedKind) placed.push({ file, row: element, column: column("kind"), message: { zh: `此处应为${ENUM_LABELS.kind[piece.expectedKind].zh}，收到${kindNamed(subject.kind)}`, en: `a ${piece.expectedKind} belongs here, received a ${subject.kind}` } });
      if (piece.inherited.pilot === true && subject.pilot === false && subject.kind !== "street") placed.push({ file, row: element, column: column("pilot"), message: PILOT_INSIDE_PILOT });
      yield placed.length > 0 ? { problems: placed } : { subject, ...(piece.at !== "" && { within: { parentPath: piece.parentPath, inherited: piece.inherited } }) };
    }
  }
  try {
    for await (const chunk of chunks) {
      decoder ??= createTextDecoder(chunk);
      yield* take(splitter.push(decoder.decode(chunk)));
    }
    yield* take(splitter.push(decoder?.end() ?? ""));
    yield* take(splitter.end());
  } catch (error) {
    if (error instanceof JsonShapeError) yield problem(file, error.element, `不是有效的 JSON：${error.reason.zh}`, `not valid JSON: ${error.reason.en}`);
    else if (error instanceof TypeError && decoder) yield problem(file, element + 1, `不是有效的 ${decoder.encoding} 文本`, `not valid ${decoder.encoding} text`);
    else throw error;
    return;
  }
  if (!any) yield problem(file, 0, "文件中没有数据", "the file holds no subjects");
}
