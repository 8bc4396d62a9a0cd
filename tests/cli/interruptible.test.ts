import { describe, expect, it } from "vitest";
import { interruptible } from "../../src/cli/interruptible";

// A source that gives its items, then waits for ever, as exceljs does over a damaged zip entry.
async function* thenStalls<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
  await new Promise(() => undefined);
}

async function* finite<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe("interruptible", () => {
  it("gives every item of a source and ends with it", async () => {
    const guard = interruptible();
    const seen: number[] = [];
    for await (const n of guard.iterate(finite([1, 2, 3]))) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("ends a wait that would never end with the error, after the items given before it", async () => {
    const guard = interruptible();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const row of guard.iterate(thenStalls(["l1", "l2"]))) seen.push(row);
    })();
    await new Promise((resolve) => setTimeout(resolve, 10));
    guard.fail(new Error("invalid block type"));
    await expect(reading).rejects.toThrow("invalid block type");
    expect(seen).toEqual(["l1", "l2"]);
  });

  it("keeps the first error, and ends any later iteration with it at once", async () => {
    const guard = interruptible();
    guard.fail(new Error("first"));
    guard.fail(new Error("second"));
    const later = (async () => {
      for await (const _ of guard.iterate(thenStalls([1]))) throw new Error("no item after a failure");
    })();
    await expect(later).rejects.toThrow("first");
  });

  it("passes on the source's own error", async () => {
    const guard = interruptible();
    async function* broken(): AsyncGenerator<number> {
      yield 1;
      throw new Error("2:966: unmatched closing tag: worksheeX.");
    }
    const seen: number[] = [];
    await expect((async () => {
      for await (const n of guard.iterate(broken())) seen.push(n);
    })()).rejects.toThrow("unmatched closing tag");
    expect(seen).toEqual([1]);
  });
});
