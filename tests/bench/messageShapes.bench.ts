import { bench, describe } from "vitest";
import { message } from "../../src/engine/message";

// Why issue 9's evaluateMany is far from 10× json-rules-engine: what one finding's message costs in
// each shape it could take. Own getters (what findings have: read lazily, yet plain data to
// JSON.stringify, spreading, structuredClone and toEqual) against text composed at once and against
// getters on a prototype (cheapest, but a message would then have no own properties: spreading,
// structuredClone and deep equality would see {}). Changing the shape is a design decision.
const parts = { status: "fail", measured: "99.5", required: { comparison: "at-least", value: "100.00", unit: "m2" }, shortfall: "0.50", due: "2010-12-31", missing: [], approximate: false } as const;
const label = { zh: "社区图书室面积", en: "community library area" };

class PrototypeMessage {
  readonly #parts: typeof parts;
  constructor(p: typeof parts) {
    this.#parts = p;
  }
  get zh() {
    return message(this.#parts as never, label).zh;
  }
  get en() {
    return message(this.#parts as never, label).en;
  }
  toJSON() {
    return { zh: this.zh, en: this.en };
  }
}

// Each message is kept, as a report keeps it, so that the engine cannot skip making it.
const kept: unknown[] = new Array(10_000);

describe("one finding's message, 10,000 times", () => {
  bench("own getters, never read (what findings do)", () => {
    for (let i = 0; i < 10_000; i++) kept[i] = message(parts as never, label);
  });
  bench("own getters, Chinese read", () => {
    for (let i = 0; i < 10_000; i++) kept[i] = message(parts as never, label).zh;
  });
  bench("both languages composed at once", () => {
    for (let i = 0; i < 10_000; i++) {
      const m = message(parts as never, label);
      kept[i] = { zh: m.zh, en: m.en };
    }
  });
  bench("getters on a prototype, never read", () => {
    for (let i = 0; i < 10_000; i++) kept[i] = new PrototypeMessage(parts);
  });
});
