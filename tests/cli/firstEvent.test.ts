import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { firstEvent } from "../../src/cli/firstEvent";

const counts = (...emitters: EventEmitter[]) => emitters.map((e) => e.eventNames().map((n) => `${String(n)}:${e.listenerCount(n)}`).join(","));

describe("firstEvent", () => {
  it.each([
    ["the first emitter's event", 0],
    ["the second emitter's event", 1],
  ])("resolves at %s and takes its listeners off both emitters, wait after wait", async (_, which) => {
    const pipe = new EventEmitter();
    const file = new EventEmitter();
    file.on("error", () => undefined);
    const before = counts(pipe, file);
    for (let i = 0; i < 1000; i++) {
      const waiting = firstEvent([
        [pipe, "drain"],
        [file, "close"],
      ]);
      expect(counts(pipe, file)).toEqual(["drain:1", "error:1,close:1"]);
      if (which === 0) pipe.emit("drain");
      else file.emit("close");
      await waiting;
    }
    expect(counts(pipe, file)).toEqual(before);
  });

  it("stays pending until one of its events comes", async () => {
    const pipe = new EventEmitter();
    let settled = false;
    const waiting = firstEvent([[pipe, "drain"]]).then(() => (settled = true));
    pipe.emit("other");
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    pipe.emit("drain");
    await waiting;
    expect(settled).toBe(true);
  });
});
