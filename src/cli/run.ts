import { once } from "node:events";
import { MessageChannel, type MessagePort, Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Io } from "./main";
import { removeAtExit } from "./pendingFile";
import { threadsFor } from "./threadsFor";

// The `community-standards` executable. This file is all a thread that only shares out a check
// loads: the rule book and the readers are in `main`, imported where they are used.

/** What a thread of a shared check is given. */
interface Given {
  argv: string[];
  role: 0 | 1;
  port: MessagePort;
  now: number;
  errIsTerminal: boolean;
}

/** A message from the writer thread to this one: text for stdout or stderr, the file it writes before it is put in place, or its exit code. */
type FromWriter = { out: string } | { err: string } | { pending: string } | { code: number };

const crashed = (error: unknown) => `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;

// Each thread's heap is bounded. With Node's defaults two threads took 210-250 MB for 100,000
// rows, against 150-160 MB for one: a heap that may grow to gigabytes lets its garbage grow to
// several times what it keeps before a full collection. A ceiling of 512 MB (the check keeps about
// 30 MB) has V8 collect sooner: 150-157 MB, 256 MB the same. A young generation of 16 MB: 32 or
// 48 ran no faster and took 35 MB more; 12 took 40% longer.
const YOUNG_MB = 16;
const OLD_MB = 512;

if (!isMainThread) {
  const given = workerData as Given;
  const post = (message: FromWriter) => parentPort!.postMessage(message);
  // The writer speaks through this thread (the process's stdout and stderr, in order); the helper says nothing.
  const io: Io =
    given.role === 0
      ? { out: (text) => post({ out: text }), err: (text) => post({ err: text }), outIsTerminal: false, errIsTerminal: given.errIsTerminal }
      : { out: () => undefined, err: () => undefined, outIsTerminal: false, errIsTerminal: given.errIsTerminal };
  import("./main")
    .then(({ main }) => main(given.argv, io, { role: given.role, port: given.port, now: given.now, pending: (path) => post({ pending: path }) }))
    .then(
      (code) => post({ code }),
      (error: unknown) => {
        if (given.role === 0) post({ err: crashed(error) });
        post({ code: 2 });
      },
    );
} else {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const argv = process.argv.slice(2);
  if (threadsFor(argv) === 2) shareCheck(argv);
  else {
    // Output waits for the pipe to drain, so a 100,000-row check never piles its whole report up in memory.
    import("./main")
      .then(({ main }) =>
        main(argv, {
          out: (text) => (text === "" || process.stdout.write(text) ? undefined : once(process.stdout, "drain").then(() => undefined)),
          err: (text) => void process.stderr.write(text),
          outIsTerminal: process.stdout.isTTY === true,
          errIsTerminal: process.stderr.isTTY === true,
        }),
      )
      .then(
        (code) => {
          process.exitCode = code;
        },
        (error: unknown) => {
          process.stderr.write(crashed(error));
          process.exitCode = 2;
        },
      );
  }
}

/**
 * A long CSV check on two threads (src/cli/share.ts): this one starts them, passes on what the
 * writer prints, and exits with its code. The helper is stopped when the writer is done.
 */
function shareCheck(argv: string[]): void {
  const { port1, port2 } = new MessageChannel();
  const now = Date.now();
  const errIsTerminal = process.stderr.isTTY === true;
  const start = (role: 0 | 1, port: MessagePort) =>
    new Worker(new URL(import.meta.url), { workerData: { argv, role, port, now, errIsTerminal } satisfies Given, transferList: [port], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
  const writer = start(0, port1);
  const helper = start(1, port2);
  let code: number | undefined;
  writer.on("message", (message: FromWriter) => {
    if ("out" in message) process.stdout.write(message.out);
    else if ("err" in message) process.stderr.write(message.err);
    // Signals come to this thread: a run stopped here leaves no half-written file behind.
    else if ("pending" in message) removeAtExit(message.pending);
    else code = message.code;
  });
  const failed = (error: Error) => {
    process.stderr.write(crashed(error));
    code ??= 2;
  };
  writer.on("error", failed);
  // The writer hears the helper's end through their channel and stops the check with a problem;
  // what ended it is said here.
  helper.on("error", failed);
  writer.on("exit", () => {
    process.exitCode = code ?? 2;
    void helper.terminate();
  });
}
