import { bench, describe } from "vitest";
import { message } from "../../src/engine/message";

// Why a finding's message is composed at once, in both languages, rather than when it is read. Here,
// alone, composing both costs about as much as making two own getters (lazy, yet plain to
// JSON.stringify). In the engine it does not: findings whose messages were getters ran evaluateMany
// at about 10,000 profiles/s, composed at once at about 15,500, with a third of the time in the
// garbage collector against a tenth (evaluateMany over tests/bench/profiles.mjs, 2026-11-30). Getters on a prototype are
// cheapest, but leave a message with no own properties: spreading, structuredClone (a worker's
// postMessage) and deep equality would see {}.
const parts = { status: "fail", measured: "99.5", required: { comparison: "at-least", value: "100.00", unit: "m2" }, shortfall: "0.50", due: "2010-12-31", missing: [], approximate: false } as const;
const label = { zh: "社区图书室面积", en: "community library area" };

const ownGetters = () => ({
  get zh() {
    return message(parts as never, label).zh;
  },
  get en() {
    return message(parts as never, label).en;
  },
});

class PrototypeMessage {
  get zh() {
    return message(parts as never, label).zh;
  }
  get en() {
    return message(parts as never, label).en;
  }
  toJSON() {
    return { zh: this.zh, en: this.en };
  }
}

// The last 64 messages are kept, as a report of a few dozen findings keeps them until it is written
// or dropped, so that the engine cannot skip making them.
const kept: unknown[] = new Array(64);

describe("one finding's message, 10,000 times", () => {
  bench("both languages composed at once (what findings do)", () => {
    for (let i = 0; i < 10_000; i++) kept[i & 63] = message(parts as never, label);
  });
  bench("own getters, never read", () => {
    for (let i = 0; i < 10_000; i++) kept[i & 63] = ownGetters();
  });
  bench("getters on a prototype, never read", () => {
    for (let i = 0; i < 10_000; i++) kept[i & 63] = new PrototypeMessage();
  });
});
