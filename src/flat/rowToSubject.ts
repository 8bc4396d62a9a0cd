import type { Subject } from "../schema/subject";
import type { SubjectKind } from "../types";
import { COLUMNS, type Column } from "./columns";
import { isBlank, readCell } from "./readCell";

/** A problem with one cell (or with the header, where `column` names the header cell). */
export interface CellProblem {
  column: string;
  message: string;
}

export type RowResult =
  | { kind: "blank" }
  | { kind: "subject"; subject: Subject }
  | { kind: "invalid"; problems: CellProblem[] };

const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]));

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** The columns of a header row, or the problems with it (unknown or repeated names). */
export function readHeader(header: readonly unknown[]): { columns: (Column | undefined)[]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const name = isBlank(cell) ? "" : String(cell).replace(/^\uFEFF/, "").trim();
    if (name === "") return undefined;
    const column = BY_NAME.get(name);
    if (!column) problems.push({ column: name, message: "unknown column (see the README's column list)" });
    else if (seen.has(name)) problems.push({ column: name, message: "the column appears twice" });
    seen.add(name);
    return column;
  });
  return { columns, problems };
}

/**
 * One row of the flat format (spreadsheet or CSV) as a subject. Blank cells are missing data; a
 * row of blank cells is `blank`; every unreadable cell is a problem naming its column. The same
 * function serves the spreadsheet functions and the command line.
 *
 * @example rowToSubject(["id", "residentsCommittee.members", "area.office"], ["c1", "7", "210.5"])
 *          // { kind: "subject", subject: { kind: "community", id: "c1", residentsCommittee: { members: 7 },
 *          //   rooms: [{ name: "office", functions: ["office"], areaM2: "210.5" }] } }
 */
export function rowToSubject(header: readonly unknown[], row: readonly unknown[]): RowResult {
  if (row.every(isBlank)) return { kind: "blank" };
  const { columns, problems } = readHeader(header);
  if (problems.length > 0) return { kind: "invalid", problems };
  row.forEach((cell, i) => {
    if (columns[i] === undefined && !isBlank(cell)) problems.push({ column: `#${i + 1}`, message: "a value in a column without a header" });
  });

  const kindIndex = columns.findIndex((c) => c?.name === "kind");
  const kindCell = kindIndex < 0 ? undefined : row[kindIndex];
  const kind = (isBlank(kindCell) ? "community" : String(kindCell).trim()) as SubjectKind;
  const subject: Record<string, unknown> = { kind };
  const rooms: { name: string; functions: string[]; areaM2: unknown }[] = [];
  const absent: string[] = [];

  columns.forEach((column, i) => {
    const cell = row[i];
    if (column === undefined || isBlank(cell)) return;
    if (column.type !== "kind" && !column.kinds.includes(kind)) {
      problems.push({ column: column.name, message: `does not apply to a ${kind}` });
      return;
    }
    const read = readCell(column, cell);
    if ("error" in read) return void problems.push({ column: column.name, message: read.error });
    if (column.type === "kind") return;
    if (column.type === "area") {
      const fn = column.name.slice("area.".length);
      rooms.push({ name: fn, functions: [fn], areaM2: read.value });
    } else if (column.type === "present") {
      if (read.value === true) subject[column.name] ??= {};
      else absent.push(column.name);
    } else {
      setPath(subject, column.name, read.value);
    }
  });
  // A section said to be absent (FALSE) cannot have figures of its own.
  for (const name of absent) {
    if (subject[name] !== undefined) problems.push({ column: name, message: `is FALSE, but other ${name}.… cells are filled` });
  }
  if (rooms.length > 0) subject.rooms = rooms;
  if (!("id" in subject) && problems.length === 0) problems.push({ column: "id", message: "every row needs an id" });
  if (problems.length > 0) return { kind: "invalid", problems };

  // Every cell was read by its column's type, so the subject meets the schema (tests/flat holds it
  // to subjectSchema); no second pass through zod, which would triple the spreadsheet bundle's parser.
  return { kind: "subject", subject: subject as Subject };
}
