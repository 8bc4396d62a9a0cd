import { chmodSync, lstatSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** The pending files of this process, removed if it ends (an error, Ctrl-C) before they are put in place. */
const pending = new Set<string>();
const removeAll = () => {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
};
let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  process.on("exit", removeAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeAll();
      // As the signal would have: the shell reads 128 + its number.
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Removes `path` if this process ends (an error, Ctrl-C) while it is there: the temporary file of a
 * PendingFile made by another thread of this process, which hears no signal of its own
 * (src/cli/run.ts). Once the thread has put it in place, nothing is left at `path` to remove. Only
 * a temporary file may be given: never a target, a device or a pipe.
 *
 * @example removeAtExit(".报告.csv.123-ab.part")
 */
export function removeAtExit(path: string): void {
  listen();
  pending.add(path);
}

export interface PendingFile {
  /** Where to write: a new file beside the target, or a device or a pipe itself. */
  readonly path: string;
  /** Whether `path` is a new file beside the target, removed if the run stops (else it is the device or pipe named). */
  readonly temporary: boolean;
  /** Puts the written file in the target's place, in one step (a rename). */
  commit(): void;
  /** Removes the written file; the target stays as it was. */
  discard(): void;
}

/**
 * A file that takes the place of `target` only once it is complete. The report is written to a new
 * file in the target's folder and renamed over the target at the end: a run that fails (a full disk,
 * an error, Ctrl-C) leaves the old file as it was, and a target that is a hard link of the input
 * replaces only its own name, never the input's bytes. A symbolic link is followed: the file it
 * points to is replaced, as writing to it would have done. A device or a pipe is written directly.
 *
 * @example const out = pendingFile("报告.xlsx"); write(out.path); out.commit();
 */
export function pendingFile(target: string): PendingFile {
  // A device or a pipe (/dev/full, a FIFO, /dev/stdout whatever it is) is written as it is: there is
  // no old file to keep, and a rename would replace the device's own name.
  if (isSpecial(target) || /^\/(dev|proc)\//.test(resolve(target))) return { path: target, temporary: false, commit: () => undefined, discard: () => undefined };
  const real = isLink(target) ? realpathSync(target) : target;
  const path = join(dirname(real), `.${basename(real)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.part`);
  listen();
  pending.add(path);
  return {
    path,
    temporary: true,
    commit() {
      // The old file's permissions carry over, as writing into it would have kept them.
      const mode = modeOf(real);
      if (mode !== undefined) chmodSync(path, mode);
      renameSync(path, real);
      pending.delete(path);
    },
    discard() {
      rmSync(path, { force: true });
      pending.delete(path);
    },
  };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isSpecial(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}
