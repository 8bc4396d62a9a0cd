import type { EventEmitter } from "node:events";

/**
 * Resolves at the first of the events named, each on its emitter, and leaves no listener behind.
 * Racing `once()` calls, or a promise that never settles, would keep a listener or a reaction for
 * every wait: one more per report, 100,000 of them in a long check.
 *
 * @example await firstEvent([[zipPipe, "drain"], [file, "close"]]);
 */
export function firstEvent(events: readonly (readonly [EventEmitter, string])[]): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      for (const [emitter, name] of events) emitter.off(name, settle);
      done();
    };
    for (const [emitter, name] of events) emitter.on(name, settle);
  });
}
