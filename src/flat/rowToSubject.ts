import { keysOf } from "../measure/field";
import { ENUM_LABELS } from "../labels/enumLabels";
import { boundProblems } from "../schema/impossibleCombinations";
import type { Subject } from "../schema/subject";
import type { Bilingual, SubjectKind } from "../types";
import { closestName } from "./closestName";
import { COLUMN_LABELS } from "../labels/columnLabels";
import { COLUMNS, type Column } from "./columns";
import { isBlank, readCell } from "./readCell";
import { toHalfWidth } from "./toHalfWidth";
import { kindOfName } from "./placeNames";

/**
 * A problem with one cell (or with the header, where `column` names the header cell): the column's
 * name, its Chinese label where it has one, and what is wrong, in both languages.
 */
export interface CellProblem {
  column: string;
  label?: string;
  message: Bilingual;
}

/**
 * What a row of the flat format reads as: blank (skipped), a subject, or its cells' problems. An
 * invalid row whose id and kind could be read also gives the subject as far as its cells could be
 * read: the bad fields left out, so the rules that need them say insufficient-data and name them,
 * and the rest is checked. Nothing of the row is lost.
 */
export type RowResult =
  | { kind: "blank" }
  | { kind: "subject"; subject: Subject }
  | { kind: "invalid"; problems: CellProblem[]; subject?: Subject };

const BY_NAME = new Map<string, Column>(COLUMNS.flatMap((c) => [[c.name, c], [COLUMN_LABELS[c.name]!, c]] as [string, Column][]));

/** A header cell as a column: its name, its Chinese label, or the label with its unit in brackets. */
function columnOf(header: string): Column | undefined {
  const exact = BY_NAME.get(header) ?? BY_NAME.get(toHalfWidth(header));
  if (exact) return exact;
  const bracketed = /^(.+?)\s*[(（]([^()（）]*)[)）]$/.exec(header);
  return bracketed ? BY_NAME.get(bracketed[1]!.trim()) : undefined;
}

const problem = (column: Column | string, zh: string, en: string): CellProblem =>
  typeof column === "string"
    ? { column, message: { zh, en } }
    : { column: column.name, label: COLUMN_LABELS[column.name]!, message: { zh, en } };

function deletePath(target: Record<string, unknown>, path: string): void {
  const keys = keysOf(path);
  let node: Record<string, unknown> | undefined = target;
  for (let i = 0; i < keys.length - 1 && node !== undefined; i++) node = node[keys[i]!] as Record<string, unknown> | undefined;
  if (node !== undefined && node !== null) delete node[keys[keys.length - 1]!];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = keysOf(path);
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) node = (node[keys[i]!] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/**
 * How a header's unknown columns are taken: refused (each a problem: the default, for a caller who
 * wants every column known) or ignored (the command line and the page, where an office's table has
 * its 序号 and 备注: they are listed in `ignored` for one note instead).
 */
export type UnknownColumns = "refuse" | "ignore";

/** An unknown header: its text, and the known name it most likely means, if any. */
export interface IgnoredColumn {
  name: string;
  near?: string;
}

// Columns offices keep beside the data, which name nothing the rules read: no "did you mean".
const BOOKKEEPING = /^(序号|序|No\.?|行号|备注|附注|说明|填报人|填表人|联系人|联系电话|电话|填报日期|填表日期|审核人|负责人)$/i;

/** How many unknown columns get a "did you mean". */
const SUGGESTED_COLUMNS = 100;

const shortened = (name: string) => (name.length > 100 ? `${name.slice(0, 100)}…` : name);

const LABELS_LONGEST_FIRST = [...new Set(Object.values(COLUMN_LABELS))].sort((a, b) => b.length - a.length);

/**
 * The known header an unknown one most likely means: a slip of the pen (polulation), or the known
 * label inside an office's longer header (社区名称 → 名称, 常住人口 → 人口); none for 序号 or 备注.
 */
function nearestColumn(name: string): string | undefined {
  if (BOOKKEEPING.test(name)) return undefined;
  return closestName(name, BY_NAME.keys()) ?? LABELS_LONGEST_FIRST.find((label) => label.length >= 2 && name.includes(label));
}

/** The columns of a header row, or the problems with it (unknown or repeated names). */
export function readHeader(header: readonly unknown[], unknownColumns: UnknownColumns = "refuse"): { columns: (Column | undefined)[]; problems: CellProblem[]; ignored: IgnoredColumn[] } {
  const problems: CellProblem[] = [];
  const ignored: IgnoredColumn[] = [];
  const seen = new Set<string>();
  let unknown = 0;
  const columns = header.map((cell) => {
    const name = isBlank(cell) ? "" : String(cell).replace(/^\uFEFF/, "").trim();
    if (name === "") return undefined;
    const column = columnOf(name);
    if (!column) {
      // A suggestion for the first columns a person will read about; past them, none (a header of
      // 20,000 misspelt columns took 29 s of suggestions).
      const near = ++unknown <= SUGGESTED_COLUMNS ? nearestColumn(name) : undefined;
      if (unknownColumns === "ignore") ignored.push({ name: shortened(name), ...(near !== undefined && { near }) });
      else problems.push(problem(shortened(name), `未知的列${near ? `，是否应为「${near}」？` : "（列名见填报模板）"}`, `unknown column${near ? `; did you mean "${near}"?` : " (see the template's headers)"}`));
    } else if (seen.has(column.name)) problems.push(problem(column, `此列出现了两次（表头「${name}」）`, `the column appears twice (header "${name}")`));
    if (column) seen.add(column.name);
    return column;
  });
  return { columns, problems, ignored };
}

/**
 * Whether a row is a header: it names at least two known columns, or names only known ones. A
 * title above a table (南湾街道社区建设情况统计表), a cover sheet's text or a blank row is not.
 *
 * @example isHeaderRow(["序号", "编号", "名称", "人口"]) // true
 */
export function isHeaderRow(cells: readonly unknown[]): boolean {
  let known = 0;
  let other = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (columnOf(String(cell).replace(/^\uFEFF/, "").trim())) known += 1;
    else other += 1;
  }
  return known >= 2 || (known === 1 && other === 0);
}

// The command line and the sheet functions read every row against the same header: its columns are
// worked out once, and again only when a cell of the header differs.
let lastHeader: { cells: readonly unknown[]; unknownColumns: UnknownColumns; read: ReturnType<typeof readHeader> } | undefined;

function headerOf(header: readonly unknown[], unknownColumns: UnknownColumns): ReturnType<typeof readHeader> {
  const last = lastHeader;
  if (last !== undefined && last.unknownColumns === unknownColumns && last.cells.length === header.length && header.every((cell, i) => cell === last.cells[i])) return last.read;
  const read = readHeader(header, unknownColumns);
  lastHeader = { cells: [...header], unknownColumns, read };
  return read;
}

/**
 * One row of the flat format (spreadsheet or CSV) as a subject. Blank cells are missing data; a
 * row of blank cells is `blank`; every unreadable cell is a problem naming its column. The same
 * function serves the spreadsheet functions, the command line and the page. `unknownColumns`
 * "ignore" reads a row under a header with columns the library does not know (序号, 备注), and the
 * cells under them and under blank headers are left alone.
 *
 * @example rowToSubject(["id", "residentsCommittee.members", "area.office"], ["c1", "7", "210.5"])
 *          // { kind: "subject", subject: { kind: "community", id: "c1", residentsCommittee: { members: 7 },
 *          //   rooms: [{ name: "office", functions: ["office"], areaM2: "210.5" }] } }
 */
export function rowToSubject(header: readonly unknown[], row: readonly unknown[], unknownColumns: UnknownColumns = "refuse"): RowResult {
  if (row.every(isBlank)) return { kind: "blank" };
  const read = headerOf(header, unknownColumns);
  // Copies: this row's problems are its own, and the header's are kept for the next row.
  const problems = read.problems.map((p) => ({ ...p, message: { ...p.message } }));
  if (problems.length > 0) return { kind: "invalid", problems };
  const { columns } = read;
  if (unknownColumns === "refuse") {
    row.forEach((cell, i) => {
      if (columns[i] === undefined && !isBlank(cell)) problems.push(problem(`#${i + 1}`, "无表头的列中有数据", "a value in a column without a header"));
    });
  }

  const kindIndex = columns.findIndex((c) => c?.name === "kind");
  const kindCell = kindIndex < 0 ? undefined : row[kindIndex];
  const kindText = isBlank(kindCell) ? "community" : String(kindCell).trim();
  // A kind may be written in Chinese (社区, 社区居委会, 街道办事处); an unknown one is reported by the kind column.
  const kind = (Object.entries(ENUM_LABELS.kind).find(([, label]) => label.zh === kindText)?.[0] ?? kindOfName(kindText) ?? kindText) as SubjectKind;
  const knownKind = kind in ENUM_LABELS.kind;
  const subject: Record<string, unknown> = { kind };
  const rooms: { name: string; functions: string[]; areaM2: unknown }[] = [];
  const absent: string[] = [];
  const unknown: string[] = [];

  columns.forEach((column, i) => {
    const cell = row[i];
    if (column === undefined) return;
    // A blank presence cell (村改居社区, 城市化转地) is not "no": it is not known.
    if (isBlank(cell)) return void (column.type === "present" && column.kinds.includes(kind) && unknown.push(column.name));
    // Under a kind that cannot be read, only the kind is wrong: its cells are not held to it.
    if (column.type !== "kind" && !knownKind) return;
    if (column.type !== "kind" && !column.kinds.includes(kind)) {
      const zhKind = (ENUM_LABELS.kind as Record<string, Bilingual>)[kind]?.zh ?? kind;
      problems.push(problem(column, `不适用于${zhKind}`, `does not apply to a ${kind}`));
      return;
    }
    const read = readCell(column, cell);
    if ("error" in read) return void problems.push(problem(column, read.error.zh, read.error.en));
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
  // A section said to be absent (FALSE) cannot have figures of its own: which is right is not known.
  for (const name of absent) {
    if (subject[name] !== undefined) {
      problems.push(problem(BY_NAME.get(name)!, "填了“否”，但本项的其他列有数据", `is FALSE, but other ${name}.… cells are filled`));
      unknown.push(name);
      delete subject[name];
    }
  }
  for (const name of unknown) subject[name] ??= null;
  if (rooms.length > 0) subject.rooms = rooms;
  if (!("id" in subject)) {
    if (problems.length === 0) problems.push(problem(BY_NAME.get("id")!, "每行都要填编号", "every row needs an id"));
    return { kind: "invalid", problems };
  }
  if (!knownKind) return { kind: "invalid", problems };
  for (const bound of boundProblems(subject as Subject)) {
    problems.push(problem(BY_NAME.get(bound.path)!, bound.message.zh, bound.message.en));
    for (const path of bound.involves) deletePath(subject, path);
  }
  // The row as far as its cells could be read: every cell was read by its column's type, so it meets the schema.
  if (problems.length > 0) return { kind: "invalid", problems, subject: subject as Subject };

  // Every cell was read by its column's type, so the subject meets the schema (tests/flat holds it
  // to subjectSchema); no second pass through zod, which would triple the spreadsheet bundle's parser.
  return { kind: "subject", subject: subject as Subject };
}
