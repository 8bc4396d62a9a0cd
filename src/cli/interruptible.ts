/**
 * A way to end, with an error, iterations that would otherwise wait forever. exceljs's streaming
 * reader hears the zip's errors (a damaged entry: "invalid block type") but does not pass them on
 * while it waits for the damaged entry's data, which never comes; the process then ran out of work
 * and exited 0 without a word. Each wait is a promise of its own, so nothing piles up over a
 * million rows, as racing one promise that never settles would.
 *
 * @example const guard = interruptible(); zip.on("error", guard.fail); for await (const row of guard.iterate(rows)) …
 */
export function interruptible() {
  let failure: Error | undefined;
  let interrupt: ((error: Error) => void) | undefined;
  return {
    /** Ends the iteration under way, and any later one, with this error (the first one kept). */
    fail(error: Error): void {
      failure ??= error;
      interrupt?.(failure);
    },
    /** The items of `source`, until it ends or `fail` is called. */
    async *iterate<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
      const iterator = source[Symbol.asyncIterator]();
      for (;;) {
        if (failure) throw failure;
        const step = await new Promise<IteratorResult<T>>((resolve, reject) => {
          interrupt = reject;
          iterator.next().then(resolve, reject);
        });
        interrupt = undefined;
        if (step.done) return;
        yield step.value;
      }
    },
  };
}
