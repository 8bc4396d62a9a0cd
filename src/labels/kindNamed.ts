import type { SubjectKind } from "../types";
import { ENUM_LABELS } from "./enumLabels";

/**
 * A subject's kind as a problem names what it received: its Chinese name with the code after, or,
 * for a kind the library does not know, the value as it was written (JSON).
 *
 * @example kindNamed("project") // "住宅项目（project）"; kindNamed(7) // "7"
 */
export function kindNamed(kind: unknown): string {
  return typeof kind === "string" && Object.prototype.hasOwnProperty.call(ENUM_LABELS.kind, kind) ? `${ENUM_LABELS.kind[kind as SubjectKind].zh}（${kind}）` : JSON.stringify(kind);
}
