import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { firstEvent } from "./firstEvent";
import { OutputError } from "./outputError";

/**
 * Resolves once the stream has drained, or has closed (after a failure), and leaves no listener
 * behind. A race of two `once` calls left the loser's listeners on the stream, one more at every
 * drain: Node warned of a leak after the eleventh, well inside a 100,000-row report.
 *
 * @example if (!stream.write(text)) await drainedOrClosed(stream);
 */
export function drainedOrClosed(stream: Writable): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return firstEvent([
    [stream, "drain"],
    [stream, "close"],
  ]);
}

/**
 * A text sink that writes to a file, waiting for the disk as stdout waits for the pipe. A write
 * that fails (a full disk) is kept and thrown, as an OutputError, at the next write or at the close.
 *
 * @example const sink = fileOut("报告.csv"); await sink.out("主体,规则\r\n"); await sink.close();
 */
export function fileOut(path: string) {
  // 1 MiB before waiting for the disk: with the default 16 KiB every few rows waited for a drain.
  const stream = createWriteStream(path, { highWaterMark: 1 << 20 });
  // Never left as an 'error' event nobody hears: the stream closes after it, which ends any wait.
  let heard: NodeJS.ErrnoException | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => void (heard ??= error));
  // A failed write destroys the stream at once but says 'error' only after its file is closed, a
  // disk operation later: `errored` knows the cause in between, where `heard` does not yet.
  const failure = (): NodeJS.ErrnoException | undefined => heard ?? (stream.errored as NodeJS.ErrnoException | null) ?? undefined;
  const failed = (error: NodeJS.ErrnoException) => new OutputError(error.message, error.code);
  const wrote = () => {
    const error = failure();
    if (error) throw failed(error);
  };
  return {
    out: (text: string): void | Promise<void> => {
      wrote();
      if (text === "" || stream.write(text)) return undefined;
      return drainedOrClosed(stream).then(wrote);
    },
    close: () =>
      new Promise<void>((done, fail) => {
        const early = failure();
        if (early) return fail(failed(early));
        stream.end((error?: Error | null) => {
          // The stream's own cause (ENOSPC) before end's "cannot call end after destroy".
          const cause = failure() ?? error ?? undefined;
          return cause ? fail(failed(cause)) : done();
        });
      }),
  };
}
