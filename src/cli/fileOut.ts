import { createWriteStream } from "node:fs";
import { CHUNK, chunkFiller } from "./chunkFiller";
import { OutputError } from "./outputError";

/** How many chunks may wait for the disk while the next is filled. */
const AHEAD = 2;

/**
 * A sink that writes to a file, waiting for the disk as stdout waits for the pipe: `out` a text at
 * a time, or a line's pieces (`text`, `bytes`) and then `ready`. A write that fails (a full disk)
 * is kept and thrown, as an OutputError, at the next `out` or `ready`, or at the close.
 *
 * @example const sink = fileOut("报告.csv"); await sink.out("主体,规则\r\n"); await sink.close();
 */
export function fileOut(path: string) {
  // A chunk before waiting for the disk: with the default 16 KiB every few rows waited for a drain.
  const stream = createWriteStream(path, { highWaterMark: CHUNK });
  // The cause is read from `errored`, set as the stream is destroyed; the 'error' event comes only
  // after the file is closed, a disk operation later. It is heard, so that it never goes unheard,
  // and the stream closes after it, which ends any wait.
  stream.on("error", () => undefined);
  const failure = (): NodeJS.ErrnoException | undefined => (stream.errored as NodeJS.ErrnoException | null) ?? undefined;
  const failed = (error: NodeJS.ErrnoException) => new OutputError(error.message, error.code);
  const wrote = () => {
    const error = failure();
    if (error) throw failed(error);
  };
  // The disk writes one chunk while the next ones are composed; waiting for a drain, which comes
  // only when the stream is empty, left the check idle while the disk wrote each chunk.
  let sent = 0;
  let flushed = 0;
  let waiting: { until: number; done: () => void } | undefined;
  const release = () => {
    const w = waiting;
    if (w && (flushed >= w.until || stream.destroyed)) {
      waiting = undefined;
      w.done();
    }
  };
  // A chunk the disk has written is filled again (chunkFiller). Callbacks come in the order of the
  // writes, so the queue says which chunk each one frees; the chunks never outnumber those `ready`
  // lets be ahead of the disk, one sent since, and the one being filled.
  const inFlight: (Buffer | undefined)[] = [];
  const spare: Buffer[] = [];
  const onFlushed = (error?: Error | null) => {
    const written = inFlight.shift();
    if (written && !error) spare.push(written);
    flushed += 1;
    release();
  };
  stream.on("close", release);
  const send = (bytes: Uint8Array, reusable?: Buffer) => {
    sent += 1;
    inFlight.push(reusable);
    stream.write(bytes, onFlushed);
  };
  const ready = (): void | Promise<void> => {
    wrote();
    if (sent - flushed <= AHEAD || stream.destroyed) return undefined;
    return new Promise<void>((done) => (waiting = { until: sent - AHEAD, done })).then(wrote);
  };
  // Texts are encoded into one chunk until it is full: Buffer.from for each report's text took a
  // sixth of a long check, twice what writing into a buffer at hand costs.
  const filler = chunkFiller(send, spare);
  return {
    /** Puts a text, and waits if the disk is behind. */
    out: (value: string): void | Promise<void> => {
      wrote();
      filler.text(value);
      return ready();
    },
    /** Puts a text; `ready` says when to go on. */
    text: filler.text,
    /**
     * Puts bytes (copied, or sent as they are when larger than a chunk: they must not change after);
     * `ready` says when to go on. A line written before is copied as bytes, faster than its text encoded again.
     */
    bytes: filler.bytes,
    /** Bytes of a text, for `bytes` to put again. */
    encode: (value: string): Uint8Array => Buffer.from(value),
    ready,
    close: () =>
      new Promise<void>((done, fail) => {
        const early = failure();
        if (early) return fail(failed(early));
        filler.flush();
        stream.end((error?: Error | null) => {
          // The stream's own cause (ENOSPC) before end's "cannot call end after destroy".
          const cause = failure() ?? error ?? undefined;
          return cause ? fail(failed(cause)) : done();
        });
      }),
  };
}
