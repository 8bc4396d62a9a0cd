import type { MessagePort } from "node:worker_threads";
import { STATUSES } from "../report/words";
import type { LineSink } from "../report/writers";
import type { Status } from "../types";
import { CHUNK, chunkFiller } from "./chunkFiller";

/**
 * How many items of the input (subjects, rows of problems, notes) a batch holds. The two threads
 * check every other batch: a batch's lines (about 1 MB for 128 Longgang communities) wait in
 * memory for the writer. 64, 128 and 256 ran alike on 100,000 rows.
 */
export const BATCH = 128;

/** How many batches the helper may check ahead of the writer (1 or 2 ran alike). */
const AHEAD = 1;

/** What the summary line counts: findings by status, subjects, input problems. */
export interface Tally {
  readonly counts: Record<Status, number>;
  subjects: number;
  inputProblems: number;
}

/** Where a stretch of the input's report goes: its lines, what it says on stderr, its counts. */
export interface Place {
  readonly tally: Tally;
  readonly out: (text: string) => void | Promise<void>;
  readonly sink?: LineSink & { ready(): void | Promise<void> };
  readonly err: (text: string) => void;
}

/**
 * One of the two threads of a long CSV check. Both read the whole input: the writer (0) checks the
 * even batches and writes the report, putting in the helper's (1) odd batches as they come; the
 * helper checks the odd batches and sends each one's bytes, stderr and counts over `port`. `now`
 * is the moment the command was given: one "today" for both.
 */
export interface Share {
  readonly role: 0 | 1;
  readonly port: MessagePort;
  readonly now: number;
  /** Hears the file the writer writes before it is put in place: the thread that hears signals removes it if the run is stopped. */
  readonly pending?: (path: string) => void;
}

/** A batch the helper checked, as the writer puts it in. */
interface Checked {
  readonly batch: number;
  readonly chunks: readonly Uint8Array[];
  readonly err: string;
  readonly tally: Tally;
}

/** Adds a tally's figures to another's. */
export function addTally(to: Tally, from: Tally): void {
  for (const status of Object.keys(from.counts) as Status[]) to.counts[status] += from.counts[status];
  to.subjects += from.subjects;
  to.inputProblems += from.inputProblems;
}

/** An empty tally. */
export const newTally = (): Tally => ({ counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>, subjects: 0, inputProblems: 0 });

/**
 * The turns of one thread of a shared check. `turn(index)` is asked for each item in order, and
 * says where the item's report goes, or nothing when the other thread checks it; the writer waits
 * there for the helper's batch and puts it in `own`. `end()` is called once the input is read
 * (or stopped): the helper sends the batch it holds.
 *
 * @example const turns = sharedTurns(share, place); for (…) { const at = await turns.turn(i); if (at) … } await turns.end();
 */
export function sharedTurns(share: Share, own: Place) {
  return share.role === 0 ? writerTurns(share.port, own) : helperTurns(share.port);
}

/** Whether the item at `index` is in a batch of `role`'s: the writer's are the even ones. */
const inBatchOf = (role: 0 | 1, index: number) => Math.floor(index / BATCH) % 2 === role;

function writerTurns(port: MessagePort, own: Place) {
  const queue: (Checked | "ended")[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  port.on("message", (message: Checked | "ended") => {
    queue.push(message);
    wake?.();
  });
  // The helper ended without its batch (it failed, or was stopped): the check cannot go on.
  port.on("close", () => {
    closed = true;
    wake?.();
  });
  const next = async (batch: number): Promise<Checked> => {
    while (queue.length === 0 && !closed) await new Promise<void>((done) => (wake = done));
    wake = undefined;
    const message = queue.shift();
    if (message === undefined || message === "ended" || message.batch !== batch) throw new Error(`另一个线程在第 ${batch} 批之前意外结束（the other thread ended before batch ${batch}）`);
    return message;
  };
  return {
    mine: (index: number) => inBatchOf(0, index),
    async turn(index: number): Promise<Place | undefined> {
      if (inBatchOf(0, index)) return own;
      if (index % BATCH !== 0) return undefined;
      const checked = await next(Math.floor(index / BATCH));
      for (const chunk of checked.chunks) own.sink!.bytes(chunk);
      if (checked.err !== "") own.err(checked.err);
      addTally(own.tally, checked.tally);
      // Chunks go back to be filled again once copied; one larger than a chunk was a text on its own.
      const back = checked.chunks.map((c) => c.buffer as ArrayBuffer).filter((b) => b.byteLength === CHUNK);
      port.postMessage(back, back);
      await own.sink!.ready();
      return undefined;
    },
    end: async () => void port.close(),
  };
}

function helperTurns(port: MessagePort) {
  const spare: Buffer[] = [];
  let chunks: Uint8Array[] = [];
  // A chunk of the filler's own is moved to the writer; bytes larger than a chunk are a text's, or
  // a line's kept bytes that the writer must not take away: those are copied.
  const filler = chunkFiller((bytes, reusable) => void chunks.push(reusable ? bytes : new Uint8Array(bytes)), spare);
  let unanswered = 0;
  let wake: (() => void) | undefined;
  port.on("message", (buffers: ArrayBuffer[]) => {
    for (const b of buffers) spare.push(Buffer.from(b));
    unanswered -= 1;
    wake?.();
  });
  port.on("close", () => {
    unanswered = 0;
    wake?.();
  });
  const sink = { text: filler.text, bytes: filler.bytes, encode: (value: string): Uint8Array => Buffer.from(value), ready: () => undefined };
  let open: { batch: number; place: Place; err: string } | undefined;
  const send = async () => {
    if (open === undefined) return;
    filler.flush();
    const checked: Checked = { batch: open.batch, chunks, err: open.err, tally: open.place.tally };
    port.postMessage(checked, chunks.map((c) => c.buffer as ArrayBuffer));
    chunks = [];
    open = undefined;
    unanswered += 1;
    while (unanswered > AHEAD) await new Promise<void>((done) => (wake = done));
    wake = undefined;
  };
  const place = (batch: number): Place => {
    const opened = {
      batch,
      err: "",
      place: { tally: newTally(), out: (text: string) => filler.text(text), sink, err: (text: string) => void (opened.err += text) },
    };
    open = opened;
    return opened.place;
  };
  return {
    mine: (index: number) => inBatchOf(1, index),
    async turn(index: number): Promise<Place | undefined> {
      const batch = Math.floor(index / BATCH);
      if (open !== undefined && open.batch !== batch) await send();
      if (!inBatchOf(1, index)) return undefined;
      return open?.place ?? place(batch);
    },
    async end() {
      await send();
      port.postMessage("ended");
      port.close();
    },
  };
}
